package org.cadreportal.tolerance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepRecordRow;

/**
 * Everything the application page shows: the application, its procedure and every step taken, the
 * values recorded so far, and whether the viewer may act on the current step.
 */
public record ApplicationDetails(long id, int version, String applicationNo, ApplicantType applicantType,
                                 String matter, String description, CategoryRow category,
                                 List<ExemptionRow> exemptions, String linkedCaseNo, long cadreId, String cadreName,
                                 String unitName, String postTitle, ProcedureDefinition procedure,
                                 int currentOrdinal, CaseStatus status, LocalDate appliedOn, LocalDate stepStartedOn,
                                 LocalDate stepDueOn, LocalDate closedOn, long overdueDays, String lastActor,
                                 LocalDateTime lastActedAt, List<StepRecordRow> records, LocalDate acceptedOn,
                                 Verification verification, Finding finding, Feedback feedback, Filing filing,
                                 boolean mayAct) {

    public StepDefinition currentStep() {
        return procedure.step(currentOrdinal);
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    /** {@code on} is null until 核实 is done; {@code found} the exclusions it established. */
    public record Verification(LocalDate on, Set<Exclusion> found, String opinion) {

        public boolean done() {
            return on != null;
        }
    }

    /** {@code outcome} is null until 认定 is done. */
    public record Finding(FindingOutcome outcome, String reasons, LocalDate decidedOn) {

        public boolean decided() {
            return outcome != null;
        }
    }

    public record Feedback(LocalDate on, String note) {
    }

    public record Filing(LocalDate on, String archiveNo) {
    }
}
