package org.cadreportal.tolerance.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.audit.HistoryQuery;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.base.StoredFile;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
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
import org.cadreportal.tolerance.ToleranceSubmission;
import org.cadreportal.tolerance.VisitPlanForm;
import org.cadreportal.tolerance.VisitRecordForm;
import org.cadreportal.tolerance.domain.ApplicationSpecs;
import org.cadreportal.tolerance.domain.DisciplineRecord;
import org.cadreportal.tolerance.domain.DisciplineRecordRepository;
import org.cadreportal.tolerance.domain.DisciplineSpecs;
import org.cadreportal.tolerance.domain.ExemptionItem;
import org.cadreportal.tolerance.domain.ExemptionItemRepository;
import org.cadreportal.tolerance.domain.ToleranceApplication;
import org.cadreportal.tolerance.domain.ToleranceApplicationRepository;
import org.cadreportal.tolerance.domain.ToleranceCategory;
import org.cadreportal.tolerance.domain.ToleranceCategoryRepository;
import org.cadreportal.tolerance.domain.ToleranceUnit;
import org.cadreportal.tolerance.domain.ToleranceUnitRepository;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepEntry;
import org.cadreportal.workflow.StepOutcome;
import org.cadreportal.workflow.WorkflowService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
    private static final Set<String> DISCIPLINE_SORTABLE = Set.of("cadreName", "unit.name", "type", "decidedOn",
            "impactUntil");
    /** The fields the 变更历史 tab lists, in this order. */
    private static final List<String> HISTORY_FIELDS = List.of("progress.currentOrdinal", "progress.status",
            "acceptedOn", "lawBreaking", "privateGain", "majorIncident", "verificationOpinion", "outcome",
            "findingReasons", "decidedOn", "feedbackOn", "feedbackNote", "archiveNo");

    private final ToleranceApplicationRepository applications;
    private final ToleranceCategoryRepository categories;
    private final ExemptionItemRepository exemptions;
    private final DisciplineRecordRepository disciplines;
    private final ToleranceUnitRepository units;
    private final WorkflowService workflow;
    private final CadreService cadres;
    private final CurrentUsers users;
    private final HistoryQuery historyQuery;
    private final ToleranceFiguresQuery figuresQuery;
    private final ApplicationWorkbook workbook;
    private final Clock clock;
    private final AccessLog accessLog;

    ToleranceServiceImpl(ToleranceApplicationRepository applications, ToleranceCategoryRepository categories,
                         ExemptionItemRepository exemptions, DisciplineRecordRepository disciplines,
                         ToleranceUnitRepository units, WorkflowService workflow, CadreService cadres,
                         CurrentUsers users, HistoryQuery historyQuery, ToleranceFiguresQuery figuresQuery,
                         ApplicationWorkbook workbook, Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.applications = applications;
        this.categories = categories;
        this.exemptions = exemptions;
        this.disciplines = disciplines;
        this.units = units;
        this.workflow = workflow;
        this.cadres = cadres;
        this.users = users;
        this.historyQuery = historyQuery;
        this.figuresQuery = figuresQuery;
        this.workbook = workbook;
        this.clock = clock;
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
        ToleranceApplication a = load(id);
        accessLog.read(AccessTypes.TOLERANCE_APPLICATION, id, a.getApplicationNo() + " " + a.getCadreName());
        return details(a);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        load(id);
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
        accessLog.visible(AccessTypes.ATTACHMENT, attachmentId, applications.findWithUnitById(applicationId),
                a -> covers(a.getUnit()));
        StoredFile file = workflow.attachment(CASE_TYPE, applicationId, attachmentId);
        accessLog.read(AccessTypes.ATTACHMENT, attachmentId, file.fileName());
        return file;
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
        ToleranceUnit unit = units.findById(cadre.form().getUnitId()).orElseThrow(RecordNotFoundException::new);
        ToleranceApplication a = new ToleranceApplication(nextNumber(), form.getApplicantType(), matter, description,
                category, items, linked, new ToleranceApplication.Cadre(cadre.id(), cadre.form().getName(), unit,
                cadre.form().getPostTitle()), procedure, today(), actorName(), now());
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
        workflow.record(new StepEntry(CASE_TYPE, a.getId(), procedure.step(1), StepOutcome.COMPLETED, null,
                description, details, form.getAttachments()));
        a.advance(procedure, today(), actorName(), now());
        return details(flush(a));
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
    public ApplicationDetails completeStep(long id, int version, ToleranceSubmission submission) {
        ToleranceApplication a = loadForMove(id, version);
        ProcedureDefinition procedure = workflow.procedure(a.getProcedureId());
        StepDefinition step = actingStep(a, procedure);
        List<StepDetail> details = StepRules.apply(a, step, submission, today());
        workflow.record(new StepEntry(CASE_TYPE, a.getId(), step, StepOutcome.COMPLETED, null,
                submission.getOpinion(), details, submission.getAttachments()));
        a.advance(procedure, today(), actorName(), now());
        return details(flush(a));
    }

    @Override
    @CaseHandlers
    public ApplicationDetails sendBack(long id, int version, int targetOrdinal, String reason) {
        ToleranceApplication a = loadForMove(id, version);
        ProcedureDefinition procedure = workflow.procedure(a.getProcedureId());
        StepDefinition step = actingStep(a, procedure);
        String why = StepRules.text("reason", reason, 2000);
        if (targetOrdinal < 2 || targetOrdinal >= step.ordinal()) {
            throw new FieldException("target", "workflow.error.badTarget");
        }
        workflow.record(new StepEntry(CASE_TYPE, a.getId(), step, StepOutcome.SENT_BACK, targetOrdinal, why,
                List.of(StepDetail.text("workflow.field.target", procedure.step(targetOrdinal).nameZh())), List.of()));
        a.sendBack(procedure, targetOrdinal, today(), actorName(), now());
        return details(flush(a));
    }

    @Override
    @CaseHandlers
    public ApplicationDetails terminate(long id, int version, String reason) {
        ToleranceApplication a = loadForMove(id, version);
        StepDefinition step = actingStep(a, workflow.procedure(a.getProcedureId()));
        String why = StepRules.text("reason", reason, 2000);
        a.terminate(today(), actorName(), now());
        workflow.record(new StepEntry(CASE_TYPE, a.getId(), step, StepOutcome.TERMINATED, null, why, List.of(),
                List.of()));
        return details(flush(a));
    }

    // --- reference lists -----------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<CategoryRow> categories(boolean activeOnly) {
        return categories.findAllByOrderBySortOrderAscIdAsc().stream().filter(c -> !activeOnly || c.isActive())
                .map(ApplicationViews::category).toList();
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<ExemptionRow> exemptions(boolean activeOnly) {
        return exemptions.findAllByOrderBySortOrderAscIdAsc().stream().filter(e -> !activeOnly || e.isActive())
                .map(ApplicationViews::exemption).toList();
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public CategoryRow saveCategory(Long id, Integer version, CategoryForm form) {
        ToleranceCategory c = id == null ? new ToleranceCategory(form)
                : VersionedEntity.atVersion(categories.findById(id), version);
        if (id != null) {
            c.edit(form);
        }
        try {
            return ApplicationViews.category(categories.saveAndFlush(c));
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public ExemptionRow saveExemption(Long id, Integer version, ExemptionForm form) {
        if (form.getCategoryId() != null && categories.findById(form.getCategoryId()).isEmpty()) {
            throw new FieldException("categoryId", "validation.required");
        }
        ExemptionItem e = id == null ? new ExemptionItem(form)
                : VersionedEntity.atVersion(exemptions.findById(id), version);
        if (id != null) {
            e.edit(form);
        }
        try {
            return ApplicationViews.exemption(exemptions.saveAndFlush(e));
        } catch (OptimisticLockingFailureException ex) {
            throw new StaleDataException();
        }
    }


    // --- 回访教育 --------------------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<DisciplineRow> disciplinePage(DisciplineFilter filter, Pageable pageable) {
        Page<DisciplineRecord> page = disciplines.findAll(disciplineSpec(filter),
                Paging.safe(pageable, DISCIPLINE_SORTABLE));
        List<Long> ids = page.getContent().stream().map(DisciplineRecord::getId).toList();
        Map<Long, Object[]> counts = ids.isEmpty() ? Map.of()
                : disciplines.visitCounts(ids, today()).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), Function.identity()));
        return page.map(d -> ApplicationViews.row(d, counts));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public long disciplineCount(DisciplineFilter filter) {
        return disciplines.count(disciplineSpec(filter));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public DisciplineDetails discipline(long id) {
        DisciplineRecord d = inScope(AccessTypes.DISCIPLINE_RECORD, id, disciplines.findWithVisitsById(id),
                DisciplineRecord::getUnit);
        accessLog.read(AccessTypes.DISCIPLINE_RECORD, id, d.getCadreName());
        return disciplineDetails(d);
    }

    @Override
    @OrganisationAndDiscipline
    public DisciplineDetails recordDiscipline(DisciplineForm form) {
        CadreDetails cadre = cadres.get(form.getCadreId());
        if (form.getDecidedOn().isAfter(today())) {
            throw new FieldException("decidedOn", "validation.notFuture");
        }
        String note = StepRules.optional("note", form.getNote(), 1000);
        ToleranceUnit unit = units.findById(cadre.form().getUnitId()).orElseThrow(RecordNotFoundException::new);
        DisciplineRecord d = new DisciplineRecord(cadre.id(), cadre.form().getName(), unit, cadre.form().getPostTitle(),
                form.getType(), form.getDecidedOn(), form.getImpactUntil(), note, actorName(), now());
        return disciplineDetails(flush(d));
    }

    @Override
    @OrganisationAndDiscipline
    public DisciplineDetails planVisit(long recordId, int version, VisitPlanForm form) {
        DisciplineRecord d = disciplineForMove(recordId, version);
        d.planVisit(form.plannedOn(), form.visitors(), actorName(), now());
        return disciplineDetails(flush(d));
    }

    @Override
    @OrganisationAndDiscipline
    public DisciplineDetails recordVisit(long recordId, int version, long visitId, VisitRecordForm form) {
        DisciplineRecord d = disciplineForMove(recordId, version);
        String notes = StepRules.text("notes", form.notes(), 2000);
        d.recordVisit(visitId, form.visitedOn(), form.assessment(), notes, today(), actorName(), now());
        return disciplineDetails(flush(d));
    }

    private DisciplineRecord disciplineForMove(long id, int version) {
        DisciplineRecord d = inScope(AccessTypes.DISCIPLINE_RECORD, id, disciplines.findForUpdate(id),
                DisciplineRecord::getUnit);
        if (d.getVersion() != version) {
            throw stale(d.getLastActor(), d.getLastActedAt());
        }
        return d;
    }

    private DisciplineDetails disciplineDetails(DisciplineRecord d) {
        CurrentUser me = users.require();
        return ApplicationViews.details(d, me.has(Role.CLERK) || me.has(Role.DISCIPLINE), today());
    }

    private DisciplineRecord flush(DisciplineRecord d) {
        try {
            return disciplines.saveAndFlush(d);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private Specification<DisciplineRecord> disciplineSpec(DisciplineFilter filter) {
        return DisciplineSpecs.matching(filter, scopePath(), unitPath(filter.unitId()), today());
    }

    // --- figures -------------------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public ToleranceFigures figures(LocalDate from, LocalDate to, Long unitId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new FieldException("to", "tolerance.error.period");
        }
        String scope = scopePath();
        String path = unitId == null ? scope
                : units.findById(unitId).map(ToleranceUnit::getPath).filter(p -> p.startsWith(scope))
                .orElseThrow(RecordNotFoundException::new);
        return figuresQuery.figures(from, to, path, today());
    }

    // --- helpers -------------------------------------------------------------------------------

    private ApplicationDetails details(ToleranceApplication a) {
        return ApplicationViews.details(a, workflow.procedure(a.getProcedureId()),
                workflow.records(CASE_TYPE, a.getId()), users.current().orElse(null), today());
    }

    private StepDefinition actingStep(ToleranceApplication a, ProcedureDefinition procedure) {
        a.getProgress().requireOpen();
        StepDefinition step = procedure.step(a.getProgress().getCurrentOrdinal());
        if (!workflow.mayAct(step)) {
            throw new PortalException("workflow.error.notYourStep", step.ordinal());
        }
        return step;
    }

    /** The application locked for this move, refused with who moved it last if the user's view is stale. */
    private ToleranceApplication loadForMove(long id, int version) {
        ToleranceApplication a = inScope(AccessTypes.TOLERANCE_APPLICATION, id, applications.findForUpdate(id),
                ToleranceApplication::getUnit);
        if (a.getVersion() != version) {
            throw stale(a.getLastActor(), a.getLastActedAt());
        }
        return a;
    }

    private static StaleDataException stale(String actor, LocalDateTime at) {
        return StaleDataException.movedBy("tolerance.error.changed", actor, at);
    }

    private ToleranceApplication flush(ToleranceApplication a) {
        try {
            return applications.saveAndFlush(a);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private ToleranceApplication load(long id) {
        return inScope(AccessTypes.TOLERANCE_APPLICATION, id, applications.findWithUnitById(id),
                ToleranceApplication::getUnit);
    }

    /** Another unit's record is reported exactly like a missing one, and the attempt is logged. */
    private <T> T inScope(String recordType, long id, Optional<T> found, Function<T, ToleranceUnit> unitOf) {
        return accessLog.visible(recordType, id, found, r -> covers(unitOf.apply(r)));
    }

    private boolean covers(ToleranceUnit unit) {
        return unit.getPath().startsWith(scopePath());
    }

    private Specification<ToleranceApplication> spec(ApplicationFilter filter, ProcedureDefinition procedure) {
        Long stepId = filter.stepCode() == null ? null : procedure.steps().stream()
                .filter(s -> s.code().equals(filter.stepCode())).map(StepDefinition::id).findFirst().orElse(-1L);
        return ApplicationSpecs.matching(filter, scopePath(), unitPath(filter.unitId()), stepId);
    }

    private String unitPath(Long unitId) {
        return unitId == null ? null : units.findById(unitId).map(ToleranceUnit::getPath).orElse("/none/");
    }

    private ProcedureDefinition procedure() {
        return workflow.procedure(ToleranceForms.PROCEDURE);
    }

    private String scopePath() {
        long scopeUnitId = users.require().scopeUnitId();
        return units.findById(scopeUnitId).map(ToleranceUnit::getPath)
                .orElseThrow(() -> new PortalException("error.noScope"));
    }

    /** Numbers come from a database sequence, so two clerks registering at once never share one. */
    private String nextNumber() {
        return ToleranceService.CASE_NO_PREFIX + "〔" + today().getYear() + "〕" + String.format("%03d", applications.nextNumber());
    }

    private String actorName() {
        return users.require().displayName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
