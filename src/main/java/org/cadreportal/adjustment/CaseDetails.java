package org.cadreportal.adjustment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepRecordRow;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;

/**
 * Everything the case page and the printed record show: the case, its procedure and every step taken,
 * the values entered so far, the meeting, the visits, and what the viewer may do now.
 */
public record CaseDetails(long id, int version, String caseNo, Direction direction, CaseSource source,
                          String summary, long cadreId, String cadreName, String unitName, String formerPost,
                          CadreRank formerRank, List<ReferenceRow> situations, ProcedureDefinition procedure,
                          int currentOrdinal, CaseStatus status, LocalDate openedOn, LocalDate stepStartedOn,
                          LocalDate stepDueOn, LocalDate closedOn, long overdueDays, String lastActor,
                          LocalDateTime lastActedAt, List<StepRecordRow> records, Warning warning,
                          String cadreStatement, Proposal proposal, String integrityOpinion, Meeting meeting,
                          String talkRecord, Appointment appointment, List<VisitRow> visits,
                          String closingAssessment, boolean reuseRecommended, List<ToleranceFinding> findings,
                          boolean mayAct, Vote myVote, boolean mayVote, CaseActions actions) {

    public StepDefinition currentStep() {
        return procedure.step(currentOrdinal);
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    public record Warning(LocalDate date, String content, LocalDate improvementDeadline) {
    }

    public record Proposal(ReferenceRow method, String post, CadreRank rank) {
    }

    /**
     * {@code decision} is PASSED or REJECTED once the vote is closed, null while it is open. While it is open
     * the meeting is sealed: {@code tally} is null and the seats say who has voted ({@code cast} of them) but
     * not how, except the viewer's own seat; once closed, every vote and the tally are the record.
     */
    public record Meeting(LocalDate date, List<SeatRow> seats, int entitled, int attended, int cast,
                          VoteTally tally, String decision) {

        public boolean votingStarted() {
            return cast > 0;
        }

        /** Whether how each member voted is still sealed (the vote not closed yet). */
        public boolean sealed() {
            return tally == null;
        }

        /** Members present who have not voted yet. */
        public int pending() {
            return attended - cast;
        }

        /** The rule's two numbers, which depend only on who may attend and who did. */
        public VoteTally rule() {
            return new VoteTally(entitled, attended, 0, 0, 0);
        }
    }

    public record Appointment(String documentNo, LocalDate effectiveDate, LocalDate impactUntil) {
    }
}
