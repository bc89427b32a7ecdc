package org.cadreportal.accusation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepRecordRow;

/** A case as its page shows it; the reporter is masked unless the reader is a discipline officer. */
public record AccusationDetails(long id, int version, String caseNo, String reportNo, LocalDate receivedOn,
                                Channel channel, Reporter reporter, String summary, String unitName,
                                List<Accused> accused, List<Allegation> allegations, List<Meeting> meetings,
                                String referredTo, LocalDate referredOn, List<Clarification> clarifications,
                                ProcedureDefinition procedure, int currentOrdinal, CaseStatus status,
                                LocalDate openedOn, LocalDate stepDueOn, LocalDate closedOn, long daysOverdue,
                                LocalDate foundOn, LocalDate clarificationDueOn, Integer clarificationDaysLeft,
                                boolean quickLogged, String lastActor, LocalDateTime lastActedAt,
                                List<StepRecordRow> records, boolean mayAct) {

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

    public StepDefinition currentStep() {
        return procedure.step(currentOrdinal);
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    /** The accused cadres cleared by a finding who have no clarification yet. */
    public List<Accused> awaitingClarification() {
        return accused.stream()
                .filter(a -> allegations.stream().anyMatch(g -> g.cadreId() == a.cadreId() && g.finding() != null
                        && g.finding().clears()))
                .filter(a -> clarifications.stream().noneMatch(c -> c.cadreId() == a.cadreId()))
                .toList();
    }

    public boolean hasFabricated() {
        return allegations.stream().anyMatch(a -> a.finding() == FindingType.FABRICATED);
    }
}
