package org.cadreportal.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Where a case stands in its procedure, as every case type's details show it: the procedure, the
 * current step, its dates, how overdue it is and who moved the case last.
 */
public record CaseStanding(ProcedureDefinition procedure, int currentOrdinal, CaseStatus status,
                           LocalDate stepStartedOn, LocalDate stepDueOn, LocalDate closedOn, long overdueDays,
                           String lastActor, LocalDateTime lastActedAt) {

    public static CaseStanding of(WorkflowCase c, ProcedureDefinition procedure, LocalDate today) {
        CaseProgress p = c.getProgress();
        return new CaseStanding(procedure, p.getCurrentOrdinal(), p.getStatus(), p.getStepStartedOn(),
                p.getStepDueOn(), p.getClosedOn(), p.daysOverdue(today), c.getLastActor(), c.getLastActedAt());
    }

    public StepDefinition currentStep() {
        return procedure.step(currentOrdinal);
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }
}
