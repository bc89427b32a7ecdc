package org.cadreportal.adjustment.service;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.domain.FollowUpVisit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.CaseActions;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.adjustment.SeatRow;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.ToleranceFinding;
import org.cadreportal.adjustment.ToleranceFindings;
import org.cadreportal.adjustment.VisitRow;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentMethod;
import org.cadreportal.adjustment.domain.ImpactRule;
import org.cadreportal.adjustment.domain.MeetingSeat;
import org.cadreportal.adjustment.domain.Situation;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.CaseProgress;
import org.cadreportal.workflow.CaseStanding;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepRecordRow;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.cadreportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** Copies cases into the records the views and the printed record read. */
@Component
@RequiredArgsConstructor
class CaseViews {

    private final WorkflowService workflow;
    /** No {@link ToleranceFindings} exists until the tolerance feature lands: the list is then empty. */
    private final List<ToleranceFindings> findings;
    private final MeetingRoles meetingRoles;

    /** Every step of every procedure by id: one query for a whole page of cases. */
    Map<Long, StepDefinition> stepsById() {
        return workflow.procedures().stream().flatMap(p -> p.steps().stream())
                .collect(Collectors.toMap(StepDefinition::id, Function.identity()));
    }

    CaseRow row(AdjustmentCase c, Map<Long, StepDefinition> steps, LocalDate today) {
        CaseProgress p = c.getProgress();
        StepDefinition step = steps.get(p.getCurrentStepId());
        return new CaseRow(c.getId(), c.getCaseNo(), c.getCadreId(), c.getCadreName(), c.getUnit().getName(),
                c.getDirection(), c.getSource(), p.getCurrentOrdinal(), step.nameZh(), step.nameEn(),
                step.role(), p.getStatus(), c.getOpenedOn(), p.getStepDueOn(), p.daysOverdue(today));
    }

    CaseDetails details(AdjustmentCase c, ProcedureDefinition procedure, List<StepRecordRow> records,
                        CurrentUser viewer, LocalDate today) {
        CaseProgress p = c.getProgress();
        StepDefinition step = procedure.step(p.getCurrentOrdinal());
        boolean open = p.getStatus() == org.cadreportal.workflow.CaseStatus.OPEN;
        boolean decisionStep = StepForms.DECISION.equals(step.form());
        // At 讨论决定 the chair and the recorder run the meeting; the other members only vote.
        boolean mayAct = open && viewer != null && viewer.has(step.role())
                && (!decisionStep || meetingRoles.presides(c, viewer));
        Vote myVote = viewer == null ? null
                : c.seatOf(viewer.username()).map(MeetingSeat::getVote).orElse(null);
        boolean seated = viewer != null && c.seatOf(viewer.username()).filter(MeetingSeat::isAttended).isPresent();
        List<ReferenceRow> situations = c.getSituations().stream()
                .sorted(Comparator.comparingInt(Situation::getSortOrder)).map(CaseViews::reference).toList();
        // Sealed while open: a reader learns who has voted, not how, lest the first votes sway the rest.
        boolean sealed = c.getDecision() == null;
        List<SeatRow> seats = c.getSeats().stream().map(s -> {
            boolean shown = !sealed || (viewer != null && s.getUsername().equals(viewer.username()));
            return new SeatRow(s.getUsername(), s.getDisplayName(), s.isAttended(), s.getVote() != null,
                    shown ? s.getVote() : null, shown ? s.getVotedAt() : null, s.getDuty(), s.getAbsence());
        }).toList();
        VoteTally tally = c.tally();
        int cast = tally.agree() + tally.disagree() + tally.abstain();
        CaseDetails.Meeting meeting = new CaseDetails.Meeting(c.getMeetingDate(), seats, tally.entitled(),
                tally.attended(), cast, sealed ? null : tally, c.getDecision());
        List<VisitRow> visits = c.getVisits().stream()
                .map(FollowUpVisit::row).toList();
        List<ToleranceFinding> found = findings.stream().flatMap(f -> f.findingsFor(c.getCadreId()).stream()).toList();
        CaseDetails.Header header = new CaseDetails.Header(c.getId(), c.getVersion(), c.getCaseNo(), c.getDirection(),
                c.getSource(), c.getSummary(), c.getCadreId(), c.getCadreName(), c.getUnit().getName(),
                c.getFormerPost(), c.getFormerRank(), situations, c.getOpenedOn(), new CaseDetails.Origin(
                c.getOrigin().getReference(), c.getOrigin().getReferenceLink(), c.getOrigin().getImpactReason()));
        CaseDetails.Steps steps = new CaseDetails.Steps(
                new CaseDetails.Warning(c.getWarningDate(), c.getWarningContent(), c.getImprovementDeadline()),
                c.getCadreStatement(),
                new CaseDetails.Proposal(c.getMethod() == null ? null : reference(c.getMethod()), c.getProposedPost(),
                        c.getProposedRank()),
                c.getIntegrityOpinion(), meeting, c.getTalkRecord(),
                new CaseDetails.Appointment(c.getDocumentNo(), c.getEffectiveDate(), c.getImpactUntil()), visits,
                c.getClosingAssessment(), c.isReuseRecommended(), found);
        return new CaseDetails(header, CaseStanding.of(c, procedure, today), records, steps,
                new CaseDetails.Viewer(mayAct, myVote, open && decisionStep && seated && viewer.has(Role.COMMITTEE),
                        actions(c, procedure, mayAct, viewer)));
    }

    /**
     * The rules of sendBack, terminate and closeImproved: the acting role, before 宣布并办理任免 (after it
     * the post has changed), a step to go back to (the first two are the motion), and for "improved" a
     * warning given before 讨论决定, closed by the 组织部.
     */
    private static CaseActions actions(AdjustmentCase c, ProcedureDefinition procedure, boolean mayAct,
                                       CurrentUser viewer) {
        int current = c.getProgress().getCurrentOrdinal();
        int appointment = procedure.ordinalOf(StepForms.APPOINTMENT);
        if (!mayAct || (appointment > 0 && current > appointment)) {
            return CaseActions.NONE;
        }
        boolean improvable = viewer.has(Role.CLERK) && c.getDirection() == Direction.DOWN && c.getWarningDate() != null
                && current < procedure.ordinalOf(StepForms.DECISION);
        return new CaseActions(current > 2, improvable, true);
    }

    static ReferenceRow reference(Situation s) {
        return new ReferenceRow(s.getId(), s.getVersion(), s.getNameZh(), s.getNameEn(), s.getSortOrder(),
                s.isActive(), 0, s.getPromotionInImpact() == ImpactRule.BARRED);
    }

    static ReferenceRow reference(AdjustmentMethod m) {
        return new ReferenceRow(m.getId(), m.getVersion(), m.getNameZh(), m.getNameEn(), m.getSortOrder(),
                m.isActive(), m.getImpactMonths(), false);
    }
}
