package org.cadreportal.adjustment.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.AdjustmentDecided;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.StepSubmission;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepTaken;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The committee's decision step (研究决定): who sits on the meeting, each member's sealed vote, and the
 * decision the tally makes once the meeting is quorate and every seat has voted.
 */
final class CommitteeDecision {

    private final AdjustmentCaseRepository cases;
    private final UnitViewRepository units;
    private final UserDirectory directory;
    private final CurrentUsers users;
    private final CaseDesk<AdjustmentCase> desk;
    private final ApplicationEventPublisher events;

    CommitteeDecision(AdjustmentCaseRepository cases, UnitViewRepository units, UserDirectory directory,
                      CurrentUsers users, CaseDesk<AdjustmentCase> desk, ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.units = units;
        this.directory = directory;
        this.users = users;
        this.desk = desk;
    }

    AdjustmentCase setUpMeeting(long id, int version, MeetingForm form) {
        AdjustmentCase c = desk.loadForMove(id, version);
        StepDefinition step = desk.actingStep(c, desk.procedure(c));
        AdjustmentServiceImpl.requireForm(step, StepForms.DECISION);
        if (form.meetingDate() == null) {
            throw new FieldException("meetingDate", "validation.required");
        }
        if (form.meetingDate().isAfter(desk.today())) {
            throw new FieldException("meetingDate", "validation.notFuture");
        }
        if (c.hasVotes()) {
            throw new PortalException("adjustment.error.votingStarted");
        }
        Map<String, String> members = eligibleMembers(c).stream()
                .collect(Collectors.toMap(UserDirectory.Member::username, UserDirectory.Member::displayName));
        if (form.entitled().isEmpty() || !members.keySet().containsAll(form.entitled())) {
            throw new FieldException("entitled", "adjustment.error.entitled");
        }
        if (!form.entitled().containsAll(form.attended())) {
            throw new FieldException("attended", "adjustment.error.attendedNotEntitled");
        }
        Map<String, String> entitled = new LinkedHashMap<>();
        form.entitled().stream().sorted().forEach(u -> entitled.put(u, members.get(u)));
        c.seat(form.meetingDate(), entitled, Set.copyOf(form.attended()), desk.actorName(), desk.now());
        return desk.flush(c);
    }

    AdjustmentCase castVote(long id, Vote vote) {
        // No version check: each member writes only their own seat. The row lock orders concurrent
        // voters, so every vote lands and the case's version still moves for anyone about to close.
        AdjustmentCase c = desk.inScope(id, cases.findForUpdate(id));
        ProcedureDefinition procedure = desk.procedure(c);
        if (!c.getProgress().getStatus().equals(CaseStatus.OPEN)
                || !StepForms.DECISION.equals(procedure.step(c.getProgress().getCurrentOrdinal()).form())) {
            // The vote was closed (or the case moved) while this member looked: say who, show the new state.
            throw desk.stale(c);
        }
        desk.actingStep(c, procedure);
        if (vote == null) {
            throw new FieldException("vote", "validation.required");
        }
        CurrentUser me = users.require();
        if (!c.vote(me.username(), vote, me.displayName(), desk.now())) {
            throw new PortalException("adjustment.error.notSeated");
        }
        return desk.flush(c);
    }

    /** The decision step is taken: the tally decides, and a rejected case goes no further. */
    AdjustmentCase decide(AdjustmentCase c, ProcedureDefinition procedure, StepDefinition step,
                          StepSubmission submission) {
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
                                ? "adjustment.seat.absent" : seat.getVote() == null ? "adjustment.seat.notVoted"
                                : seat.getVote().labelKey()))
                        .collect(Collectors.joining("\n"))),
                StepDetail.key("adjustment.field.decision",
                        tally.passed() ? "adjustment.decision.PASSED" : "adjustment.decision.REJECTED"));
        c.recordDecision(tally.passed());
        AdjustmentCase taken = desk.take(c, procedure, new StepTaken(step, submission.getOpinion(), details,
                submission.getAttachments()), tally.passed() ? Move.advance() : Move.reject());
        events.publishEvent(new AdjustmentDecided(c.getId(), c.getCaseNo(), c.getCadreId(), c.getDirection(),
                c.getSource(), c.getOrigin().getReferenceLink(), tally.passed(), c.getMeetingDate()));
        return taken;
    }

    /** Committee members whose own scope covers the case: only they can open it and vote on it. */
    List<UserDirectory.Member> eligibleMembers(AdjustmentCase c) {
        String casePath = c.getUnit().getPath();
        List<UserDirectory.Member> all = directory.members(Role.COMMITTEE);
        Map<Long, String> paths = units.findAllById(all.stream().map(UserDirectory.Member::scopeUnitId).distinct()
                .toList()).stream().collect(Collectors.toMap(UnitView::getId, UnitView::getPath));
        return all.stream().filter(m -> casePath.startsWith(paths.getOrDefault(m.scopeUnitId(), "/none/"))).toList();
    }
}
