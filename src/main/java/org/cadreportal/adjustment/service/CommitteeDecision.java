package org.cadreportal.adjustment.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.AdjustmentDecided;
import org.cadreportal.adjustment.ClosingOutlook;
import org.cadreportal.adjustment.MeetingDuty;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.StepInput;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.adjustment.domain.SeatPlan;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.StoredText;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.LockedStep;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The committee's decision step (研究决定): who sits on the meeting, each member's sealed vote, and the
 * decision the tally makes once the meeting is quorate and every seat has voted.
 */
@RequiredArgsConstructor
final class CommitteeDecision {

    private final AdjustmentCaseRepository cases;
    private final MeetingRoles roles;
    private final CurrentUsers users;
    private final CaseDesk<AdjustmentCase> desk;
    private final ApplicationEventPublisher events;

    AdjustmentCase setUpMeeting(long id, int version, MeetingForm form) {
        LockedStep<AdjustmentCase> at = desk.lockForStep(id, version);
        AdjustmentCase c = at.target();
        AdjustmentServiceImpl.requireForm(at.step(), StepInput.Decision.class);
        if (form.meetingDate() == null) {
            throw new FieldException("meetingDate", "validation.required");
        }
        if (form.meetingDate().isAfter(desk.today())) {
            throw new FieldException("meetingDate", "validation.notFuture");
        }
        if (c.hasVotes()) {
            throw new PortalException("adjustment.error.votingStarted");
        }
        roles.requirePresiding(c, users.require());
        Map<String, String> members = eligibleMembers(c).stream()
                .collect(Collectors.toMap(UserDirectory.Member::username, UserDirectory.Member::displayName));
        if (form.entitled().isEmpty() || !members.keySet().containsAll(form.entitled())) {
            throw new FieldException("entitled", "adjustment.error.entitled");
        }
        if (!form.entitled().containsAll(form.absent().keySet())) {
            throw new FieldException("attended", "adjustment.error.attendedNotEntitled");
        }
        String chair = form.chair() != null ? form.chair()
                : roles.defaultChair(c).map(UserDirectory.Member::username).orElse(null);
        Set<String> present = form.attended();
        if (chair == null || !present.contains(chair)) {
            throw new FieldException("chair", "adjustment.error.chairPresent");
        }
        if (form.recorder() != null && (!present.contains(form.recorder()) || form.recorder().equals(chair))) {
            throw new FieldException("recorder", "adjustment.error.recorderPresent");
        }
        Map<String, SeatPlan> plan = new LinkedHashMap<>();
        form.entitled().stream().sorted().forEach(u -> plan.put(u, new SeatPlan(members.get(u), form.absent().get(u),
                u.equals(chair) ? MeetingDuty.CHAIR : u.equals(form.recorder()) ? MeetingDuty.RECORDER : null)));
        c.seat(form.meetingDate(), plan, desk.actorName(), desk.now());
        return desk.flush(c);
    }

    AdjustmentCase castVote(long id, Vote vote) {
        // No version check: each member writes only their own seat. The row lock orders concurrent
        // voters, so every vote lands and the case's version still moves for anyone about to close.
        AdjustmentCase c = desk.inScope(id, cases.findForUpdate(id));
        ProcedureDefinition procedure = desk.procedure(c);
        if (!c.getProgress().getStatus().equals(CaseStatus.OPEN)
                || !MeetingRoles.atDecision(c, procedure)) {
            // The vote was closed (or the case moved) while this member looked: say who, show the new state.
            throw desk.stale(c);
        }
        desk.actingStep(c, procedure);
        if (vote == null) {
            throw new FieldException("vote", "validation.required");
        }
        CurrentUser me = users.require();
        if (!c.vote(me.username(), vote, desk.now())) {
            throw new PortalException("adjustment.error.notSeated");
        }
        return desk.flush(c);
    }

    /** The vote as it stands, for the chair or recorder about to close it; see {@link ClosingOutlook}. */
    ClosingOutlook outlook(AdjustmentCase c) {
        roles.requirePresiding(c, users.require());
        VoteTally tally = c.tally();
        boolean ready = c.getMeetingDate() != null && tally.quorate() && tally.pending() == 0;
        return new ClosingOutlook(tally.entitled(), tally.attended(), tally.pending(), ready ? tally : null);
    }

    /**
     * Closes the vote on the count the closer confirmed: not bound to the version the page was drawn on (votes
     * leave it alone), but refused when the count changed since the confirmation was shown, or when someone
     * moved the case on meanwhile.
     */
    AdjustmentCase close(long id, VoteTally confirmed, StepNote note) {
        AdjustmentCase c = desk.inScope(id, cases.findForUpdate(id));
        ProcedureDefinition procedure = desk.procedure(c);
        if (!c.getProgress().getStatus().equals(CaseStatus.OPEN) || !MeetingRoles.atDecision(c, procedure)) {
            throw desk.stale(c);
        }
        StepDefinition step = desk.actingStep(c, procedure);
        roles.requirePresiding(c, users.require());
        if (!c.tally().equals(confirmed)) {
            throw new PortalException("adjustment.error.tallyChanged");
        }
        return decide(c, procedure, step, note);
    }

    /** The decision step is taken: the tally decides, and a rejected case goes no further. */
    AdjustmentCase decide(AdjustmentCase c, ProcedureDefinition procedure, StepDefinition step,
                          StepNote note) {
        roles.requirePresiding(c, users.require());
        VoteTally tally = c.tally();
        if (c.getMeetingDate() == null || tally.entitled() == 0) {
            throw new FieldException("meetingDate", "adjustment.error.noMeeting");
        }
        if (!tally.quorate()) {
            throw new FieldException("attended", "adjustment.error.noQuorum", tally.attended(), tally.entitled(),
                    tally.quorum());
        }
        if (tally.pending() > 0) {
            throw new FieldException("votes", "adjustment.error.votesPending", tally.pending());
        }
        List<StepDetail> details = List.of(
                StepDetail.text("adjustment.field.meetingDate", c.getMeetingDate()),
                StepDetail.text("adjustment.field.entitledCount", tally.entitled()),
                StepDetail.text("adjustment.field.attendedCount", tally.attended()),
                StepDetail.text("adjustment.field.agree", tally.agree()),
                StepDetail.text("adjustment.field.disagree", tally.disagree()),
                StepDetail.text("adjustment.field.abstain", tally.abstain()),
                StepDetail.text("adjustment.field.votes", c.getSeats().stream()
                        .map(seat -> StoredText.of("adjustment.votes.seat", seat.getDisplayName(), !seat.isAttended()
                                ? seat.getAbsence() == null ? "adjustment.seat.absent" : seat.getAbsence().labelKey()
                                : seat.getVote() == null ? "adjustment.seat.notVoted" : seat.getVote().labelKey()))
                        .collect(Collectors.joining("\n"))),
                StepDetail.key("adjustment.field.decision",
                        tally.passed() ? "adjustment.decision.PASSED" : "adjustment.decision.REJECTED"));
        c.recordDecision(tally.passed());
        AdjustmentCase taken = desk.take(c, procedure, note.taken(step, details),
                tally.passed() ? Move.advance() : Move.reject());
        events.publishEvent(new AdjustmentDecided(c.getId(), c.getCaseNo(), c.getCadreId(), c.getDirection(),
                c.getSource(), c.getOrigin().getReferenceLink(), tally.passed(), c.getMeetingDate()));
        return taken;
    }

    List<UserDirectory.Member> eligibleMembers(AdjustmentCase c) {
        return roles.eligibleMembers(c);
    }
}
