package org.cadreportal.workflow;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import lombok.Getter;
import org.cadreportal.base.PortalException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A case's place in its procedure, embedded in every case aggregate. It changes only through the
 * moves below, each of which checks that the case is still open and the move is allowed; this is the
 * portal's one state machine.
 */
@Embeddable
@Getter
public class CaseProgress {

    private int currentOrdinal;

    private long currentStepId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CaseStatus status;

    private LocalDate stepStartedOn;

    private LocalDate stepDueOn;

    private LocalDate closedOn;

    protected CaseProgress() {
    }

    /** A new case stands on the procedure's first step. */
    public static CaseProgress begin(ProcedureDefinition procedure, LocalDate today) {
        CaseProgress p = new CaseProgress();
        p.status = CaseStatus.OPEN;
        p.enter(procedure.step(1), today);
        return p;
    }

    /** The current step is done: go to the next, or finish after the last. */
    public void advance(ProcedureDefinition procedure, LocalDate today) {
        requireOpen();
        if (procedure.isLast(currentOrdinal)) {
            close(CaseStatus.COMPLETED, today);
        } else {
            enter(procedure.step(currentOrdinal + 1), today);
        }
    }

    /** Back to an earlier step, which starts afresh with its own time limit. */
    public void sendBack(ProcedureDefinition procedure, int targetOrdinal, LocalDate today) {
        requireOpen();
        if (targetOrdinal < 1 || targetOrdinal >= currentOrdinal) {
            throw new PortalException("workflow.error.badTarget");
        }
        enter(procedure.step(targetOrdinal), today);
    }

    public void terminate(LocalDate today) {
        requireOpen();
        close(CaseStatus.TERMINATED, today);
    }

    /** The decision step did not pass the proposal: the case ends without the change. */
    public void reject(LocalDate today) {
        requireOpen();
        close(CaseStatus.REJECTED, today);
    }

    /** The cadre improved within the warning's deadline. */
    public void closeImproved(LocalDate today) {
        requireOpen();
        close(CaseStatus.IMPROVED, today);
    }

    /**
     * A case concluded outside the portal and logged in one go: it stands completed on its last step.
     * Only a case still on its first step can be logged so, before anyone has worked it here.
     */
    public void concludeLogged(ProcedureDefinition procedure, LocalDate today) {
        requireOpen();
        if (currentOrdinal != 1) {
            throw new PortalException("workflow.error.alreadyWorked");
        }
        enter(procedure.step(procedure.size()), today);
        close(CaseStatus.COMPLETED, today);
    }

    public void requireOpen() {
        if (status != CaseStatus.OPEN) {
            throw new PortalException("workflow.error.closed");
        }
    }

    public boolean isOverdue(LocalDate today) {
        return status == CaseStatus.OPEN && stepDueOn.isBefore(today);
    }

    /** Days past the current step's limit; 0 when within it or closed. */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? java.time.temporal.ChronoUnit.DAYS.between(stepDueOn, today) : 0;
    }

    private void enter(StepDefinition step, LocalDate today) {
        currentOrdinal = step.ordinal();
        currentStepId = step.id();
        stepStartedOn = today;
        stepDueOn = today.plusDays(step.timeLimitDays());
    }

    private void close(CaseStatus outcome, LocalDate today) {
        status = outcome;
        closedOn = today;
    }
}
