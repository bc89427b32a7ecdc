package org.cadreportal.tolerance.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.audit.HistoryQuery;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StoredFile;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.ReferenceItem;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.CaseHandlers;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.ApplicationFilter;
import org.cadreportal.tolerance.ApplicationForm;
import org.cadreportal.tolerance.ApplicationRow;
import org.cadreportal.tolerance.CategoryForm;
import org.cadreportal.tolerance.CategoryRow;
import org.cadreportal.tolerance.DisciplineDetails;
import org.cadreportal.tolerance.DisciplineFilter;
import org.cadreportal.tolerance.DisciplineForm;
import org.cadreportal.tolerance.DisciplineRow;
import org.cadreportal.tolerance.ExemptionForm;
import org.cadreportal.tolerance.ExemptionRow;
import org.cadreportal.tolerance.ToleranceFigures;
import org.cadreportal.tolerance.ToleranceForms;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.tolerance.ToleranceInput;
import org.cadreportal.tolerance.VisitPlanForm;
import org.cadreportal.tolerance.VisitRecordForm;
import org.cadreportal.tolerance.domain.ApplicationSpecs;
import org.cadreportal.tolerance.domain.DisciplineRecordRepository;
import org.cadreportal.tolerance.domain.ExemptionItem;
import org.cadreportal.tolerance.domain.ExemptionItemRepository;
import org.cadreportal.tolerance.domain.ToleranceApplication;
import org.cadreportal.tolerance.domain.ToleranceApplicationRepository;
import org.cadreportal.tolerance.domain.ToleranceCategory;
import org.cadreportal.tolerance.domain.ToleranceCategoryRepository;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.WorkflowService;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.LockedStep;
import org.cadreportal.workflow.CaseKernel;
import org.cadreportal.workflow.CaseStore;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.StepTaken;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class ToleranceServiceImpl implements ToleranceService {

    static final String CASE_TYPE = "TOLERANCE";

    /** Grid columns that may be sorted on, mapped to entity paths; anything else is ignored. */
    private static final Set<String> SORTABLE = Set.of("applicationNo", "cadreName", "unit.name", "applicantType",
            "progress.currentOrdinal", "progress.status", "appliedOn", "progress.stepDueOn", "outcome", "decidedOn");
    /** The fields the 变更历史 tab lists, in this order. */
    private static final List<String> HISTORY_FIELDS = List.of("progress.currentOrdinal", "progress.status",
            "acceptedOn", "lawBreaking", "privateGain", "majorIncident", "verificationOpinion", "outcome",
            "findingReasons", "decidedOn", "feedbackOn", "feedbackNote", "archiveNo");

    private final ToleranceApplicationRepository applications;
    private final ToleranceCategoryRepository categories;
    private final ExemptionItemRepository exemptions;
    private final Disciplines disciplines;
    private final UnitViewRepository units;
    private final WorkflowService workflow;
    private final CadreService cadres;
    private final CurrentUsers users;
    private final HistoryQuery historyQuery;
    private final ToleranceFiguresQuery figuresQuery;
    private final ApplicationWorkbook workbook;
    private final AccessLog accessLog;
    private final CaseDesk<ToleranceApplication> desk;

    ToleranceServiceImpl(ToleranceApplicationRepository applications, ToleranceCategoryRepository categories,
                         ExemptionItemRepository exemptions, DisciplineRecordRepository disciplines,
                         UnitViewRepository units, WorkflowService workflow, CadreService cadres,
                         CurrentUsers users, HistoryQuery historyQuery, ToleranceFiguresQuery figuresQuery,
                         ApplicationWorkbook workbook, CaseKernel kernel, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.applications = applications;
        this.categories = categories;
        this.exemptions = exemptions;
        this.units = units;
        this.workflow = workflow;
        this.cadres = cadres;
        this.users = users;
        this.historyQuery = historyQuery;
        this.figuresQuery = figuresQuery;
        this.workbook = workbook;
        this.desk = kernel.desk(new CaseStore<>(CASE_TYPE, AccessTypes.TOLERANCE_APPLICATION,
                "tolerance.error.changed", applications, applications::findWithUnitById, "tolerance",
                a -> a.getApplicationNo() + " " + a.getCadreName()));
        this.disciplines = new Disciplines(disciplines, units, cadres, users, accessLog, desk);
    }

    // --- applications: lists ------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<ApplicationRow> page(ApplicationFilter filter, Pageable pageable) {
        ProcedureDefinition procedure = procedure();
        return applications.findAll(spec(filter, procedure), Paging.safe(pageable, SORTABLE))
                .map(a -> ApplicationViews.row(a, procedure, today()));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public long count(ApplicationFilter filter) {
        return applications.count(spec(filter, procedure()));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public ApplicationDetails get(long id) {
        return details(desk.read(id));
    }

    @Override
    @OrganisationAndDiscipline
    @Transactional(readOnly = true)
    public Page<ApplicationRow> myTasks(Pageable pageable) {
        ProcedureDefinition procedure = procedure();
        List<Long> mine = procedure.steps().stream().filter(s -> users.require().has(s.role()))
                .map(StepDefinition::id).collect(Collectors.toCollection(ArrayList::new));
        mine.add(-1L);
        return applications.findAll(ApplicationSpecs.waitingOn(mine, desk.scope().path()), PageRequest.of(
                pageable.getPageNumber(), Math.max(pageable.getPageSize(), 1), Sort.by("progress.stepDueOn", "id")))
                .map(a -> ApplicationViews.row(a, procedure, today()));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        desk.load(id);
        return historyQuery.historyOf(ToleranceApplication.class, id, HISTORY_FIELDS);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public void exportExcel(ApplicationFilter filter, OutputStream out) {
        ProcedureDefinition procedure = procedure();
        Specification<ToleranceApplication> spec = spec(filter, procedure);
        LocalDate today = today();
        accessLog.exported(AccessTypes.TOLERANCE_APPLICATION, "tolerance-applications.xlsx");
        workbook.write(pageable -> applications.findAll(spec, pageable)
                .map(a -> ApplicationViews.row(a, procedure, today)), out);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public StoredFile attachment(long applicationId, long attachmentId) {
        return desk.attachment(AccessTypes.ATTACHMENT, applicationId, attachmentId);
    }

    // --- applications: moves ------------------------------------------------------------------

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public ApplicationDetails apply(ApplicationForm form) {
        CadreDetails cadre = cadres.get(form.getCadreId());
        if (cadre.status() != CadreStatus.ACTIVE) {
            throw new FieldException("cadreId", "tolerance.error.cadreRetired");
        }
        ToleranceCategory category = categories.findById(form.getCategoryId()).filter(ToleranceCategory::isActive)
                .orElseThrow(() -> new FieldException("categoryId", "validation.required"));
        Set<ExemptionItem> items = chosenExemptions(form.getExemptionIds());
        String matter = StepRules.text("matter", form.getMatter(), 200);
        String description = StepRules.text("description", form.getDescription(), 2000);
        String linked = StepRules.optional("linkedCaseNo", form.getLinkedCaseNo(), 64);
        ProcedureDefinition procedure = procedure();
        UnitView unit = units.findById(cadre.form().getUnitId()).orElseThrow(RecordNotFoundException::new);
        ToleranceApplication a = new ToleranceApplication(nextNumber(), form.getApplicantType(), matter, description,
                category, items, linked, new ToleranceApplication.Cadre(cadre.id(), cadre.form().getName(), unit,
                cadre.form().getPostTitle()), procedure, today(), desk.actorName(), desk.now());
        applications.save(a);
        List<StepDetail> details = new ArrayList<>();
        details.add(StepDetail.key("tolerance.field.applicantType", form.getApplicantType().labelKey()));
        details.add(StepDetail.text("tolerance.field.category", category.getNameZh()));
        details.add(StepDetail.text("tolerance.field.exemptions", items.stream()
                .sorted(Comparator.comparingInt(ExemptionItem::getSortOrder)).map(ExemptionItem::getNameZh)
                .collect(Collectors.joining("；"))));
        if (linked != null) {
            details.add(StepDetail.text("tolerance.field.linkedCaseNo", linked));
        }
        details.add(StepDetail.text("tolerance.field.matter", matter));
        return details(desk.take(a, procedure, new StepTaken(procedure.step(1), description, details,
                form.getAttachments()), Move.advance()));
    }

    private Set<ExemptionItem> chosenExemptions(Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new FieldException("exemptionIds", "tolerance.error.exemptionRequired");
        }
        List<ExemptionItem> found = exemptions.findAllById(ids).stream().filter(ExemptionItem::isActive).toList();
        if (found.size() != ids.size()) {
            throw new FieldException("exemptionIds", "tolerance.error.exemptionRequired");
        }
        return Set.copyOf(found);
    }

    @Override
    @CaseHandlers
    public ApplicationDetails completeStep(long id, int version, ToleranceInput input, StepNote note) {
        LockedStep<ToleranceApplication> at = desk.lockForStep(id, version);
        ToleranceApplication a = at.target();
        StepDefinition step = at.step();
        return details(desk.take(a, at.procedure(), note.taken(step, StepRules.apply(a, step, input, desk)),
                Move.advance()));
    }

    @Override
    @CaseHandlers
    public ApplicationDetails sendBack(long id, int version, int targetOrdinal, String reason) {
        return details(desk.sendBack(id, version, targetOrdinal, reason));
    }

    @Override
    @CaseHandlers
    public ApplicationDetails terminate(long id, int version, String reason) {
        return details(desk.terminate(id, version, reason));
    }

    // --- reference lists -----------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<CategoryRow> categories(boolean activeOnly) {
        return categories.rows(activeOnly, ApplicationViews::category);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<ExemptionRow> exemptions(boolean activeOnly) {
        return exemptions.rows(activeOnly, ApplicationViews::exemption);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public CategoryRow saveCategory(Long id, Integer version, CategoryForm form) {
        return ApplicationViews.category(ReferenceItem.save(categories, id, version, () -> new ToleranceCategory(form),
                c -> c.edit(form)));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public ExemptionRow saveExemption(Long id, Integer version, ExemptionForm form) {
        if (form.getCategoryId() != null && categories.findById(form.getCategoryId()).isEmpty()) {
            throw new FieldException("categoryId", "validation.required");
        }
        return ApplicationViews.exemption(ReferenceItem.save(exemptions, id, version, () -> new ExemptionItem(form),
                e -> e.edit(form)));
    }


    // --- 回访教育 --------------------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<DisciplineRow> disciplinePage(DisciplineFilter filter, Pageable pageable) {
        return disciplines.page(filter, pageable);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public long disciplineCount(DisciplineFilter filter) {
        return disciplines.count(filter);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public DisciplineDetails discipline(long id) {
        return disciplines.get(id);
    }

    @Override
    @OrganisationAndDiscipline
    public DisciplineDetails recordDiscipline(DisciplineForm form) {
        return disciplines.record(form);
    }

    @Override
    @OrganisationAndDiscipline
    public DisciplineDetails planVisit(long recordId, int version, VisitPlanForm form) {
        return disciplines.planVisit(recordId, version, form);
    }

    @Override
    @OrganisationAndDiscipline
    public DisciplineDetails recordVisit(long recordId, int version, long visitId, VisitRecordForm form) {
        return disciplines.recordVisit(recordId, version, visitId, form);
    }

    // --- figures -------------------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public ToleranceFigures figures(LocalDate from, LocalDate to, Long unitId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new FieldException("to", "tolerance.error.period");
        }
        String path = unitId == null ? desk.scope().path()
                : desk.scope().unitInScope(unitId).map(UnitView::getPath).orElseThrow(RecordNotFoundException::new);
        return figuresQuery.figures(from, to, path, today());
    }

    // --- helpers -------------------------------------------------------------------------------

    private ApplicationDetails details(ToleranceApplication a) {
        return ApplicationViews.details(a, desk.procedure(a), desk.records(a), users.current().orElse(null),
                today());
    }

    private Specification<ToleranceApplication> spec(ApplicationFilter filter, ProcedureDefinition procedure) {
        Long stepId = filter.stepCode() == null ? null : procedure.steps().stream()
                .filter(s -> s.code().equals(filter.stepCode())).map(StepDefinition::id).findFirst().orElse(-1L);
        return ApplicationSpecs.matching(filter, desk.scope().path(), desk.scope().unitPath(filter.unitId()), stepId);
    }

    private ProcedureDefinition procedure() {
        return workflow.procedure(ToleranceForms.PROCEDURE);
    }

    private String nextNumber() {
        return desk.number(ToleranceService.CASE_NO_PREFIX, "tolerance_applications", "application_no");
    }

    private LocalDate today() {
        return desk.today();
    }
}
