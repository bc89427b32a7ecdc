package org.cadreportal.award.ui;

import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardProposalRow;
import org.cadreportal.award.AwardProposalService;
import org.cadreportal.award.AwardRow;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.workflow.ui.ProposalPanel;

/**
 * 我的待办's 记功 proposals from 优秀 年度考核 grades: the clerk records the award from one in the award form,
 * filled with the cadre and the grade as the reason (type, day, approving body and document number are his),
 * or dismisses it with a reason. Hidden when there is none.
 */
class AwardProposalPanel extends ProposalPanel<AwardProposalRow> {

    private final AwardProposalService proposals;
    private final CadreService cadres;

    AwardProposalPanel(AwardProposalService proposals, CadreService cadres) {
        super("award-proposals", "award-proposal", "award.proposal", proposals::openProposals);
        this.proposals = proposals;
        this.cadres = cadres;
    }

    @Override
    protected Line line(AwardProposalRow r) {
        return new Line(r.id(), r.cadreName(), r.unitName(), r.year(), r.grade().labelKey(), r.raisedAt());
    }

    @Override
    protected void dismiss(AwardProposalRow r, String reason) {
        proposals.dismiss(r.id(), r.version(), reason);
    }

    @Override
    protected void open(AwardProposalRow r) {
        CadreDetails cadre;
        try {
            cadre = cadres.get(r.cadreId());
        } catch (PortalException ex) {
            Notices.error(ex);
            refresh();
            return;
        }
        AwardRow draft = new AwardRow(0, 0, AwardKind.AWARD, null, r.cadreId(), r.cadreName(), cadre.unitName(),
                cadre.form().getPostTitle(), null, r.suggestedReason(), null, null, true);
        AwardDialog.draft(cadres, draft, form -> proposals.award(r.id(), r.version(), form), saved -> refresh());
    }
}
