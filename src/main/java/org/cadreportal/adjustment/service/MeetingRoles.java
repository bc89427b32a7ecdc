package org.cadreportal.adjustment.service;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.MeetingDuty;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.MeetingSeat;
import org.cadreportal.base.PortalException;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.workflow.ProcedureDefinition;
import org.springframework.stereotype.Component;

/**
 * Who may run 讨论决定 (主持人 and 记录人) and who may sit on it. Before the meeting is set up the member with the
 * chair flag presides (any member, where none of those entitled holds it); once it is set up, the chair and the
 * recorder it names. Only they set the meeting up, close the vote, send the case back or terminate it there.
 */
@Component
@RequiredArgsConstructor
class MeetingRoles {

    private final UserDirectory directory;

    /** Committee members whose own scope covers the case: only they can open it and vote on it. */
    List<UserDirectory.Member> eligibleMembers(AdjustmentCase c) {
        return directory.reaching(Role.COMMITTEE, c.getUnit());
    }

    /** The member a new meeting names as chair: the first eligible one with the chair flag. */
    Optional<UserDirectory.Member> defaultChair(AdjustmentCase c) {
        return eligibleMembers(c).stream().filter(UserDirectory.Member::chair).findFirst();
    }

    static boolean atDecision(AdjustmentCase c, ProcedureDefinition procedure) {
        return StepForms.DECISION.equals(procedure.step(c.getProgress().getCurrentOrdinal()).form());
    }

    /** Whether the viewer (holding the committee role) runs this case's meeting. */
    boolean presides(AdjustmentCase c, CurrentUser viewer) {
        if (viewer == null || !viewer.has(Role.COMMITTEE)) {
            return false;
        }
        if (c.getSeats().stream().anyMatch(s -> s.getDuty() != null)) {
            return c.seatOf(viewer.username()).map(MeetingSeat::getDuty).isPresent();
        }
        Optional<UserDirectory.Member> chair = defaultChair(c);
        return chair.isEmpty() || chair.get().username().equals(viewer.username());
    }

    /** Refuses a move at 讨论决定 (a send-back, a termination) by a member who neither chairs nor records. */
    void requireAtDecision(AdjustmentCase c, org.cadreportal.workflow.CaseDesk<AdjustmentCase> desk, CurrentUser viewer) {
        if (atDecision(c, desk.procedure(c))) {
            requirePresiding(c, viewer);
        }
    }

    /** Refuses a meeting move by a member who neither chairs nor records, naming the chair. */
    void requirePresiding(AdjustmentCase c, CurrentUser viewer) {
        if (!presides(c, viewer)) {
            String chair = c.getSeats().stream().filter(s -> s.getDuty() == MeetingDuty.CHAIR)
                    .map(MeetingSeat::getDisplayName).findFirst()
                    .orElseGet(() -> defaultChair(c).map(UserDirectory.Member::displayName).orElse("—"));
            throw new PortalException("adjustment.error.notPresiding", chair);
        }
    }
}
