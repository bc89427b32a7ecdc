package org.cadreportal.accusation;

import java.time.LocalDate;

import java.util.List;
import java.util.Set;
import org.cadreportal.workflow.CaseStanding;

import org.cadreportal.workflow.StepRecordRow;
import org.cadreportal.workflow.WorkflowCaseDetails;

/** A case as its page shows it; the reporter is masked unless the reader is a discipline officer. */
public record AccusationDetails(Header header, CaseStanding standing, List<StepRecordRow> records, Steps steps,
                                boolean mayAct)
        implements WorkflowCaseDetails<AccusationDetails.Header> {

    /** The report as received: who reported (as far as this reader may know), whom it accuses, of what. */
    public record Header(long id, int version, String caseNo, String reportNo, LocalDate receivedOn, Channel channel,
                         Reporter reporter, String summary, String unitName, List<Accused> accused,
                         List<Allegation> allegations, LocalDate openedOn, boolean quickLogged)
            implements WorkflowCaseDetails.CaseHeader {
    }

    /**
     * What the procedure has established: the joint meetings, the finding's date, the referral of a
     * fabricating reporter, and the clarifications with when they fall due.
     */
    public record Steps(List<Meeting> meetings, LocalDate foundOn, String referredTo, LocalDate referredOn,
                        LocalDate clarificationDueOn, Integer clarificationDaysLeft,
                        List<Clarification> clarifications) {
    }

    /** Who reported; {@code masked} says the name and contact were withheld from this reader. */
    public record Reporter(boolean anonymous, String name, String contact, boolean masked) {
    }

    public record Accused(long cadreId, String name, String unitName, String postTitle) {
    }

    public record Allegation(long id, int ordinal, long cadreId, String cadreName, String content,
                             FindingType finding, String reason) {
    }

    public record Meeting(long id, LocalDate meetingDate, String memberUnits, String conclusions,
                          String recordedBy) {
    }

    public record Clarification(long id, long cadreId, String cadreName, LocalDate clarifiedOn,
                                Set<ClarificationMethod> methods, String scopeUnits, String noticeText,
                                List<Integer> allegationOrdinals, String recordedBy) {
    }

    /** The accused cadres cleared by a finding who have no clarification yet. */
    public List<Accused> awaitingClarification() {
        return header.accused().stream()
                .filter(a -> header.allegations().stream().anyMatch(g -> g.cadreId() == a.cadreId()
                && g.finding() != null
                        && g.finding().clears()))
                .filter(a -> steps.clarifications().stream().noneMatch(c -> c.cadreId() == a.cadreId()))
                .toList();
    }

    public boolean hasFabricated() {
        return header.allegations().stream().anyMatch(a -> a.finding() == FindingType.FABRICATED);
    }
}
