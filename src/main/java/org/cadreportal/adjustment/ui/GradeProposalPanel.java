package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.GradeProposalRow;
import org.cadreportal.adjustment.GradeProposalService;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.workflow.ui.ReasonDialog;

/**
 * 我的待办's proposals from poor 年度考核 grades: the clerk opens a 下 case from one (after a confirmation) or
 * dismisses it with a reason. Hidden when there is none.
 */
class GradeProposalPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final GradeProposalService proposals;
    private final Grid<GradeProposalRow> grid = new Grid<>(GradeProposalRow.class, false);
    private final H3 heading = new H3();

    GradeProposalPanel(GradeProposalService proposals) {
        this.proposals = proposals;
        setId("grade-proposals");
        setWidthFull();
        grid.setId("proposal-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(GradeProposalRow::cadreName).setHeader(getTranslation("adjustment.proposal.cadre"))
                .setAutoWidth(true);
        grid.addColumn(GradeProposalRow::unitName).setHeader(getTranslation("adjustment.proposal.unit"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("adjustment.proposal.gradeLine", String.valueOf(r.year()),
                getTranslation(r.grade().labelKey()))).setHeader(getTranslation("adjustment.proposal.grade"))
                .setAutoWidth(true);
        grid.addColumn(r -> WHEN.format(r.raisedAt())).setHeader(getTranslation("adjustment.proposal.raisedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("adjustment.proposal.actions"))
                .setAutoWidth(true);
        add(heading, grid);
        refresh();
    }

    private HorizontalLayout actions(GradeProposalRow r) {
        Button open = new Button(getTranslation("adjustment.proposal.open"), e -> confirmOpen(r));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.setId("proposal-open-" + r.id());
        Button dismiss = new Button(getTranslation("adjustment.proposal.dismiss"),
                e -> ReasonDialog.reason("adjustment.proposal.dismiss.title", "adjustment.proposal.dismiss.confirm",
                        reason -> act(() -> proposals.dismiss(r.id(), r.version(), reason))));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismiss.setId("proposal-dismiss-" + r.id());
        return new HorizontalLayout(open, dismiss);
    }

    private void confirmOpen(GradeProposalRow r) {
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

    private boolean act(Runnable action) {
        try {
            action.run();
            Notices.success("notice.saved");
            refresh();
            return true;
        } catch (org.cadreportal.base.FieldException ex) {
            throw ex;
        } catch (PortalException ex) {
            Notices.error(ex);
            refresh();
            return true;
        }
    }

    void refresh() {
        List<GradeProposalRow> rows = proposals.openProposals();
        grid.setItems(rows);
        heading.setText(getTranslation("adjustment.proposal.heading", rows.size()));
        setVisible(!rows.isEmpty());
    }
}
