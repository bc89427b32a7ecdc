package org.cadreportal.accusation.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationFigures;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.ClarificationForm;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.accusation.JointMeetingForm;
import org.cadreportal.accusation.QuickLogForm;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.accusation.domain.AccusationCase;
import org.cadreportal.accusation.domain.AccusationCaseRepository;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.accusation.domain.AccusedCadre;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.StoredFile;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.WorkflowService;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.LockedStep;
import org.cadreportal.workflow.CaseKernel;
import org.cadreportal.workflow.CaseStore;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.StepTaken;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AccusationServiceImpl implements AccusationService {

    static final String PROCEDURE = "ACCUSATION";

    private final WorkflowService workflow;
    private final CurrentUsers users;
    private final WorkingCalendar calendar;
    private final AccessLog accessLog;
    private final AccusationViews views;
    private final AccusationWorkbook workbook;
    private final CaseDesk<AccusationCase> desk;
    private final AccusationLists lists;
    private final AccusationIntake intake;
    private final AccusationSteps steps;

    AccusationServiceImpl(AccusationCaseRepository cases, UnitViewRepository units, WorkflowService workflow,
                          CadreService cadres, CurrentUsers users, WorkingCalendar calendar, AccessLog accessLog,
                          AccusationViews views, AccusationWorkbook workbook, CaseKernel kernel) {
        this.workflow = workflow;
        this.users = users;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.views = views;
        this.workbook = workbook;
        this.desk = kernel.desk(new CaseStore<>(CASE_TYPE, AccessTypes.ACCUSATION_CASE, "adjustment.error.changed",
                cases, cases::findWithUnitById, "accusation",
                c -> c.getCaseNo() + " " + c.getAccused().stream().map(a -> a.getCadreName())
                        .collect(java.util.stream.Collectors.joining("、"))));
        this.lists = new AccusationLists(cases, calendar, views, desk);
        this.intake = new AccusationIntake(cases, units, cadres, calendar, desk);
        this.steps = new AccusationSteps(calendar);
    }

    // --- lists -------------------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<AccusationRow> page(AccusationFilter filter, Pageable pageable) {
        return lists.page(filter, pageable, procedure());
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public long count(AccusationFilter filter) {
        return lists.count(filter, procedure());
    }

    @Override
    @OrganisationAndDiscipline
    @Transactional(readOnly = true)
    public Page<AccusationRow> myTasks(Pageable pageable) {
        return lists.tasks(users.require(), pageable, procedure());
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public AccusationDetails get(long id) {
        AccusationCase c = desk.load(id);
        accessLog.read(AccessTypes.ACCUSATION_CASE, id, c.getCaseNo());
        return details(c);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public AccusationFigures figures(LocalDate from, LocalDate to, Long unitId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new FieldException("period", "accusation.error.period");
        }
        return lists.figures(from, to, unitId, procedure());
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public void exportExcel(AccusationFilter filter, OutputStream out) {
        ProcedureDefinition procedure = procedure();
        Specification<AccusationCase> spec = lists.spec(filter, procedure);
        accessLog.exported(AccessTypes.ACCUSATION_CASE, "accusations.xlsx");
        workbook.write(lists.pages(spec, procedure), out);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public StoredFile attachment(long caseId, long attachmentId) {
        return desk.attachment(AccessTypes.ATTACHMENT, caseId, attachmentId);
    }

    // --- moves -------------------------------------------------------------------------------

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AccusationDetails open(IntakeForm form) {
        AccusationRules.intake(form, today());
        ProcedureDefinition procedure = procedure();
        AccusationCase c = intake.register(form, procedure);
        return completed(c, procedure, procedure.step(1), new AccusationInput.Intake(), StepNote.none());
    }

    @Override
    @RolesAllowed(AppRoles.DISCIPLINE)
    public AccusationDetails addMeeting(long id, int version, JointMeetingForm form) {
        LockedStep<AccusationCase> at = desk.lockForStep(id, version);
        AccusationCase c = at.target();
        StepDefinition step = at.step();
        c.requireInput(step, new AccusationInput.JointReview());
        LocalDate date = AccusationRules.pastDate("meetingDate", form.meetingDate(), today());
        AccusationRules.notBefore("meetingDate", date, c.getReceivedOn(), "accusation.error.beforeReceived");
        String members = AccusationRules.text("memberUnits", form.memberUnits(), 500);
        String conclusions = AccusationRules.text("conclusions", form.conclusions(), 2000);
        c.recordMeeting(step, date, members, conclusions, actorName(), now());
        return details(desk.take(c, at.procedure(), StepTaken.of(step, conclusions,
                List.of(StepDetail.text("accusation.field.meetingDate", date),
                        StepDetail.text("accusation.field.memberUnits", members))), Move.stay()));
    }

    @Override
    @OrganisationAndDiscipline
    public AccusationDetails completeStep(long id, int version, AccusationInput input, StepNote note) {
        // 认定 and 处理 are the discipline officers' alone: they come only through their own methods, whose
        // role the method security checks, never through this one that clerks may call too.
        if (input instanceof AccusationInput.Findings || input instanceof AccusationInput.Handling) {
            throw new AccessDeniedException("accusation.error.ownMethod");
        }
        return complete(id, version, input, note);
    }

    @Override
    @RolesAllowed(AppRoles.DISCIPLINE)
    public AccusationDetails recordFindings(long id, int version, AccusationInput.Findings input, StepNote note) {
        return complete(id, version, input, note);
    }

    @Override
    @RolesAllowed(AppRoles.DISCIPLINE)
    public AccusationDetails recordHandling(long id, int version, AccusationInput.Handling input, StepNote note) {
        return complete(id, version, input, note);
    }

    private AccusationDetails complete(long id, int version, AccusationInput input, StepNote note) {
        LockedStep<AccusationCase> at = desk.lockForStep(id, version);
        return completed(at.target(), at.procedure(), at.step(), input, note);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AccusationDetails addClarification(long id, int version, ClarificationForm form) {
        LockedStep<AccusationCase> at = desk.lockForStep(id, version);
        AccusationCase c = at.target();
        StepDefinition step = at.step();
        c.requireInput(step, new AccusationInput.Clarified());
        if (form.cadreId() == null) {
            throw new FieldException("cadreId", "validation.required");
        }
        AccusedCadre cadre = c.awaitingClarification().stream().filter(a -> a.getCadreId() == form.cadreId())
                .findFirst().orElseThrow(() -> new FieldException("cadreId", "accusation.error.notAwaiting"));
        LocalDate on = AccusationRules.pastDate("clarifiedOn", form.clarifiedOn(), today());
        AccusationRules.notBefore("clarifiedOn", on, c.getFoundOn(), "accusation.error.beforeFinding");
        AccusationRules.clarification(form.methods(), form.scopeUnits(), form.noticeText());
        Set<Allegation> cleared = clearedAllegations(c, cadre.getCadreId(), form.allegationIds());
        c.clarify(cadre, on, form.methods(), form.scopeUnits().strip(), form.noticeText().strip(), cleared,
                actorName(), now());
        return details(desk.take(c, at.procedure(), StepTaken.of(step, null,
                AccusationStepDetails.clarificationDetails(cadre.getCadreName(), on, form, cleared)), Move.stay()));
    }

    @Override
    @OrganisationAndDiscipline
    public AccusationDetails sendBack(long id, int version, int targetOrdinal, String reason) {
        return details(desk.sendBack(id, version, targetOrdinal, reason));
    }

    @Override
    @OrganisationAndDiscipline
    public AccusationDetails terminate(long id, int version, String reason) {
        return details(desk.terminate(id, version, reason));
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AccusationDetails quickLog(QuickLogForm form) {
        return details(intake.quickLog(form, procedure()));
    }

    // --- shared pieces -----------------------------------------------------------------------

    /** The step is done: its record is written and the case moves on to the next step (or closes). */
    private AccusationDetails completed(AccusationCase c, ProcedureDefinition procedure, StepDefinition step,
                                        AccusationInput input, StepNote note) {
        return details(desk.take(c, procedure, steps.complete(c, step, input, note, today()), Move.advance()));
    }

    private Set<Allegation> clearedAllegations(AccusationCase c, long cadreId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new FieldException("allegationIds", "accusation.error.noClearedAllegations");
        }
        Set<Allegation> cleared = new HashSet<>();
        for (Long id : ids) {
            Allegation a = c.getAllegations().stream().filter(x -> x.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new FieldException("allegationIds", "accusation.error.notClearing"));
            if (a.getCadreId() != cadreId || a.getFinding() == null || !a.getFinding().clears()) {
                throw new FieldException("allegationIds", "accusation.error.notClearing");
            }
            cleared.add(a);
        }
        return cleared;
    }

    private AccusationDetails details(AccusationCase c) {
        ProcedureDefinition procedure = procedure(c);
        return views.details(c, procedure, desk.records(c), users.current().orElse(null),
                AccusationInput.ordinalOf(procedure, AccusationInput.Clarified.class), calendar.around(today()), today());
    }

    private ProcedureDefinition procedure() {
        return workflow.procedure(PROCEDURE);
    }

    private ProcedureDefinition procedure(AccusationCase c) {
        return desk.procedure(c);
    }

    private String actorName() {
        return desk.actorName();
    }

    private LocalDate today() {
        return desk.today();
    }

    private LocalDateTime now() {
        return desk.now();
    }
}
