package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.GradeProposalRow;
import org.cadreportal.adjustment.GradeProposalService;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.workflow.ui.ProposalPanel;

/**
 * 我的待办's proposals from poor 年度考核 grades: the clerk opens a 下 case from one (after a confirmation) or
 * dismisses it with a reason. Hidden when there is none.
 */
class GradeProposalPanel extends ProposalPanel<GradeProposalRow> {

    private final GradeProposalService proposals;

    GradeProposalPanel(GradeProposalService proposals) {
        super("grade-proposals", "proposal", "adjustment.proposal", proposals::openProposals);
        this.proposals = proposals;
    }

    @Override
    protected Line line(GradeProposalRow r) {
        return new Line(r.id(), r.cadreName(), r.unitName(), r.year(), r.grade().labelKey(), r.raisedAt());
    }

    @Override
    protected void dismiss(GradeProposalRow r, String reason) {
        proposals.dismiss(r.id(), r.version(), reason);
    }

    @Override
    protected void open(GradeProposalRow r) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("proposal-open-confirm");
        confirm.setHeader(getTranslation("adjustment.proposal.open.title"));
        confirm.setText(getTranslation("adjustment.proposal.open.confirm", r.cadreName(), String.valueOf(r.year()),
                getTranslation(r.grade().labelKey())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("adjustment.proposal.open"));
        confirm.addConfirmListener(e -> {
            try {
                CaseDetails opened = proposals.open(r.id(), r.version());
                Notices.success("adjustment.proposal.opened", opened.header().caseNo());
                getUI().ifPresent(ui -> ui.navigate(CaseView.class, opened.id()));
            } catch (PortalException ex) {
                Notices.error(ex);
                refresh();
            }
        });
        confirm.open();
    }
}
