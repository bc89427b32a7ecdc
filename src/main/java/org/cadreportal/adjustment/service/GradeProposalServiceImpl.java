package org.cadreportal.adjustment.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.GradeProposalRow;
import org.cadreportal.adjustment.GradeProposalService;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.domain.GradeProposal;
import org.cadreportal.adjustment.domain.GradeProposalRepository;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.roles.CaseHandlers;
import org.cadreportal.workflow.ProposalDesk;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals to start a 下 for a poor 年度考核 grade. Raised by {@link GradeProposalListener} as the portal
 * itself, at most one open per cadre and none while the cadre has an open "down" case; the clerks whose scope
 * covers the cadre's unit are told. A clerk opens the case through {@link AdjustmentService#open}, so every
 * rule of 启动动议 applies, or dismisses the proposal with a reason.
 */
@Service
@Transactional
@RequiredArgsConstructor
class GradeProposalServiceImpl implements GradeProposalService {

    /** The tenth default situation, 年度考核结果较差 (reference data seeded with this id). */
    static final long ANNUAL_ASSESSMENT_SITUATION = 10L;

    private final GradeProposalRepository proposals;
    private final ProposalDesk desk;
    private final AdjustmentService adjustments;
    private final MessageSource messages;

    @Override
    @CaseHandlers
    @Transactional(readOnly = true)
    public List<GradeProposalRow> openProposals() {
        return desk.openRows(proposals, p -> new GradeProposalRow(p.getId(), p.getVersion(), p.getCadreId(),
                p.getCadreName(), p.getUnit().getName(), p.getYear(), p.getGrade(), p.getRaisedAt()));
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public CaseDetails open(long id, int version) {
        return desk.act(proposals, id, version, this::openCase,
                (p, opened, actor, now) -> p.caseOpened(opened.id(), actor, now));
    }

    private CaseDetails openCase(GradeProposal p) {
        OpenCaseForm form = new OpenCaseForm();
        form.setCadreId(p.getCadreId());
        form.setDirection(Direction.DOWN);
        form.setSource(CaseSource.ANNUAL_ASSESSMENT);
        form.setSituationIds(Set.of(ANNUAL_ASSESSMENT_SITUATION));
        // The case's own summary, edited by the clerk and printed on the Chinese 呈批表.
        form.setSummary(messages.getMessage("adjustment.summary.annualGrade",
                new Object[] {String.valueOf(p.getYear()), p.getGrade().officialName()}, Locale.SIMPLIFIED_CHINESE));
        form.setReference(p.getGrade().resultLine(p.getYear()));
        return adjustments.open(form);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public void dismiss(long id, int version, String reason) {
        desk.dismiss(proposals, id, version, reason);
    }

    /**
     * Raises a proposal for a poor grade, unless the cadre already has an open proposal or an open "down"
     * case, or is no longer in office. Called by the listener as the portal itself.
     */
    @RolesAllowed(AppRoles.CLERK)
    public void raise(AnnualGradesRecorded recorded) {
        if (!recorded.poor() || proposals.existsByOpenCadreId(recorded.cadreId())
                || proposals.countOpenDownCases(recorded.cadreId()) > 0) {
            return;
        }
        desk.raise(proposals, recorded, (cadreId, name, unit, now) -> new GradeProposal(cadreId, name, unit,
                recorded.year(), recorded.grade(), now), "adjustment.notice.proposal.title",
                "adjustment.notice.proposal.body");
    }
}
