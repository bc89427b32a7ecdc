package org.cadreportal.accusation;

import java.io.OutputStream;
import java.time.LocalDate;
import org.cadreportal.base.StoredFile;
import org.cadreportal.workflow.StepNote;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 查诬 / 澄清正名 cases. Reads are limited to the user's data scope (a case outside it is missing) and
 * every read of a case is written to the access log; the reporter's identity is shown to discipline
 * officers only. Moves name the version they were made on and only the role of the current step acts.
 */
public interface AccusationService {

    /** Case numbers are official identifiers (查诬〔2026〕001), the same in every language. */
    String CASE_NO_PREFIX = "查诬";

    String CASE_TYPE = "ACCUSATION";

    Page<AccusationRow> page(AccusationFilter filter, Pageable pageable);

    long count(AccusationFilter filter);

    AccusationDetails get(long id);

    /** Open cases whose current step one of my roles acts on, the earliest due first (for the home page). */
    Page<AccusationRow> myTasks(Pageable pageable);

    /** 受理: registers a report and completes the intake step. */
    AccusationDetails open(IntakeForm form);

    /** 联席会议研判: records a joint meeting held on the case (the step completes with {@link #completeStep}). */
    AccusationDetails addMeeting(long id, int version, JointMeetingForm form);

    /**
     * Completes the current step with its form's input ({@link AccusationInput}) and the opinion and files:
     * 联席会议研判 once a meeting is recorded, 核查, 澄清 once every cleared cadre has one, 归档. Refused when
     * the input is not the current step's; only the step's role acts. 认定 and 处理 are refused here: they
     * have their own discipline-only methods.
     */
    AccusationDetails completeStep(long id, int version, AccusationInput input, StepNote note);

    /**
     * 认定, the discipline officers' step: a finding for every allegation; a clearing finding starts the
     * 20-working-day clarification clock. Refused to any other role.
     */
    AccusationDetails recordFindings(long id, int version, AccusationInput.Findings input, StepNote note);

    /**
     * 处理, the discipline officers' step: the referral of a malicious reporter, required after a 诬告陷害
     * finding. Refused to any other role.
     */
    AccusationDetails recordHandling(long id, int version, AccusationInput.Handling input, StepNote note);

    /** 澄清: one cadre's clarification. */
    AccusationDetails addClarification(long id, int version, ClarificationForm form);

    AccusationDetails sendBack(long id, int version, int targetOrdinal, String reason);

    AccusationDetails terminate(long id, int version, String reason);

    /** 快速登记: a clarification case concluded elsewhere, entered in one go and closed as logged. */
    AccusationDetails quickLog(QuickLogForm form);

    /** The figures for a period (inclusive) and a unit subtree (null: the user's whole scope). */
    AccusationFigures figures(LocalDate from, LocalDate to, Long unitId);

    void exportExcel(AccusationFilter filter, OutputStream out);

    StoredFile attachment(long caseId, long attachmentId);
}
