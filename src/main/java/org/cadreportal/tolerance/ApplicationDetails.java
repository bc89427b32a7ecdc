package org.cadreportal.tolerance;

import java.time.LocalDate;

import java.util.List;
import java.util.Set;
import org.cadreportal.workflow.CaseStanding;

import org.cadreportal.workflow.StepRecordRow;
import org.cadreportal.workflow.WorkflowCaseDetails;

/**
 * Everything the application page shows: the application, its procedure and every step taken, the
 * values recorded so far, and whether the viewer may act on the current step.
 */
public record ApplicationDetails(Header header, CaseStanding standing, List<StepRecordRow> records, Steps steps,
                                 boolean mayAct)
        implements WorkflowCaseDetails<ApplicationDetails.Header> {

    /** The application as registered: the matter, its category and exemptions, the cadre. */
    public record Header(long id, int version, String applicationNo, ApplicantType applicantType, String matter,
                         String description, CategoryRow category, List<ExemptionRow> exemptions,
                         String linkedCaseNo, long cadreId, String cadreName, String unitName, String postTitle,
                         LocalDate appliedOn)
            implements WorkflowCaseDetails.CaseHeader {
    }

    /** What each step established, each null (or not done) until its step is. */
    public record Steps(LocalDate acceptedOn, Verification verification, Finding finding, Feedback feedback,
                        Filing filing) {
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
