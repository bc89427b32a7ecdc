package org.cadreportal.adjustment;

import java.time.LocalDate;
import java.util.List;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.workflow.CaseStanding;
import org.cadreportal.workflow.StepRecordRow;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.cadreportal.workflow.WorkflowCaseDetails;

/**
 * Everything the case page and the printed record show, by section: the case itself, where it stands
 * in its procedure, every step taken, the values its steps entered so far, and what the viewer may do now.
 */
public record CaseDetails(Header header, CaseStanding standing, List<StepRecordRow> records, Steps steps,
                          Viewer viewer)
        implements WorkflowCaseDetails<CaseDetails.Header> {

    /** The case as opened: its number, the cadre it is about and why, and what it came from. */
    public record Header(long id, int version, String caseNo, Direction direction, CaseSource source,
                         String summary, long cadreId, String cadreName, String unitName, String formerPost,
                         CadreRank formerRank, List<ReferenceRow> situations, LocalDate openedOn, Origin origin)
            implements WorkflowCaseDetails.CaseHeader {
    }

    /**
     * What the case came from: {@code reference} a stored text (translate when shown) naming the record, e.g.
     * the frontline recommendation it was opened from, {@code referenceLink} that record's route; and
     * {@code impactReason}, why a 上 was opened inside the cadre's impact period. Each may be null.
     */
    public record Origin(String reference, String referenceLink, String impactReason) {
    }

    /** What the steps have entered so far, each section null or empty until its step is done. */
    public record Steps(Warning warning, String cadreStatement, Proposal proposal, String integrityOpinion,
                        Meeting meeting, String talkRecord, Appointment appointment, List<VisitRow> visits,
                        String closingAssessment, boolean reuseRecommended, List<ToleranceFinding> findings) {
    }

    /**
     * What the viewer may do now; {@code actions} are the moves besides completing the step. At 讨论决定
     * {@code mayAct} (set up, close) is the chair's and the recorder's only; {@code mayVote} every member's present.
     */
    public record Viewer(boolean mayAct, Vote myVote, boolean mayVote, CaseActions actions) {
    }

    public CaseActions actions() {
        return viewer.actions();
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

        /** The seat holding {@code duty}, if the meeting names one. */
        public java.util.Optional<SeatRow> seatOf(MeetingDuty duty) {
            return seats.stream().filter(s -> s.duty() == duty).findFirst();
        }

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
