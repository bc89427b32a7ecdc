package org.cadreportal.tolerance;

import org.cadreportal.workflow.StepNote;
import jakarta.validation.Valid;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.base.StoredFile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 容错纠错 and 回访教育. Every read and move is limited to the acting user's data scope (the unit subtree of
 * their account): an application or discipline record of another unit is reported as missing. A move
 * names the version it was made on and is refused, naming who moved first, when someone did; only the
 * role the current step names may act on it.
 */
public interface ToleranceService {

    /** Case numbers are official identifiers (查诬〔2026〕001), the same in every language. */
    String CASE_NO_PREFIX = "容";

    // --- applications ------------------------------------------------------------------------

    Page<ApplicationRow> page(ApplicationFilter filter, Pageable pageable);

    long count(ApplicationFilter filter);

    ApplicationDetails get(long id);

    /** 我的待办: open applications whose current step one of my roles acts on, in my scope; soonest due first. */
    Page<ApplicationRow> myTasks(Pageable pageable);

    /** 申请: registers an application for a cadre in scope and records its first step. */
    ApplicationDetails apply(@Valid ApplicationForm form);

    /**
     * Completes the current step with its form's input and the opinion and files; refused when the input is not
     * the current step's. 认定 refuses 免责 when 核实 found an exclusion, before the fields are checked.
     */
    ApplicationDetails completeStep(long id, int version, ToleranceInput input, StepNote note);

    /** Back to an earlier step (2 or later), with a reason; what the redone steps recorded no longer stands. */
    ApplicationDetails sendBack(long id, int version, int targetOrdinal, String reason);

    /** Stops the application with a reason; refused once a finding stands. */
    ApplicationDetails terminate(long id, int version, String reason);

    /** 变更历史: who changed the application's progress and findings, when. */
    List<HistoryEntry> history(long id);

    void exportExcel(ApplicationFilter filter, OutputStream out);

    StoredFile attachment(long applicationId, long attachmentId);

    // --- reference lists -----------------------------------------------------------------------

    List<CategoryRow> categories(boolean activeOnly);

    List<ExemptionRow> exemptions(boolean activeOnly);

    CategoryRow saveCategory(Long id, Integer version, @Valid CategoryForm form);

    ExemptionRow saveExemption(Long id, Integer version, @Valid ExemptionForm form);

    // --- 回访教育 --------------------------------------------------------------------------------

    Page<DisciplineRow> disciplinePage(DisciplineFilter filter, Pageable pageable);

    long disciplineCount(DisciplineFilter filter);

    DisciplineDetails discipline(long id);

    DisciplineDetails recordDiscipline(@Valid DisciplineForm form);

    /** Plans a visit; refused on {@code visitors} unless at least two people are named. */
    DisciplineDetails planVisit(long recordId, int version, VisitPlanForm form);

    /** Records a planned visit as made; refused on {@code visitedOn} for a day in the future. */
    DisciplineDetails recordVisit(long recordId, int version, long visitId, VisitRecordForm form);

    // --- figures -------------------------------------------------------------------------------

    /** The figures for {@code [from, to]} and a unit's subtree; {@code unitId} null means the user's whole scope. */
    ToleranceFigures figures(LocalDate from, LocalDate to, Long unitId);
}
