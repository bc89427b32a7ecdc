package org.cadreportal.accusation.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationFigures;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.AllegationFinding;
import org.cadreportal.accusation.ClarificationForm;
import org.cadreportal.accusation.FindingForm;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.HandlingForm;
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
import org.cadreportal.base.PortalException;
import org.cadreportal.base.StoredFile;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.cadreportal.workflow.NewAttachment;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.WorkflowService;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.CaseKernel;
import org.cadreportal.workflow.CaseStore;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.StepTaken;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AccusationServiceImpl implements AccusationService {

    static final String PROCEDURE = "ACCUSATION";
    static final String INTAKE = "INTAKE";
    static final String JOINT_MEETING = "JOINT_MEETING";
    static final String OPINION = "OPINION";
    static final String FINDING = AccusationCase.FINDING_FORM;
    static final String HANDLING = "HANDLING";
    static final String CLARIFICATION = "CLARIFICATION";

    private final WorkflowService workflow;
    private final CurrentUsers users;
    private final WorkingCalendar calendar;
    private final AccessLog accessLog;
    private final AccusationViews views;
    private final AccusationWorkbook workbook;
    private final CaseDesk<AccusationCase> desk;
    private final AccusationLists lists;
    private final AccusationIntake intake;

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
                cases::findForUpdate, cases::findWithUnitById, cases::saveAndFlush, "accusation",
                c -> c.getCaseNo() + " " + c.getAccused().stream().map(a -> a.getCadreName())
                        .collect(java.util.stream.Collectors.joining("、"))));
        this.lists = new AccusationLists(cases, calendar, views, desk);
        this.intake = new AccusationIntake(cases, units, cadres, calendar, desk);
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
        return completed(c, procedure, procedure.step(1), null, AccusationStepDetails.intakeDetails(c), List.of());
    }

    @Override
    @RolesAllowed(AppRoles.DISCIPLINE)
    public AccusationDetails addMeeting(long id, int version, JointMeetingForm form) {
        AccusationCase c = desk.loadForMove(id, version);
        ProcedureDefinition procedure = procedure(c);
        StepDefinition step = actingStep(c, procedure, JOINT_MEETING);
        LocalDate date = AccusationRules.pastDate("meetingDate", form.meetingDate(), today());
        AccusationRules.notBefore("meetingDate", date, c.getReceivedOn(), "accusation.error.beforeReceived");
        String members = AccusationRules.text("memberUnits", form.memberUnits(), 500);
        String conclusions = AccusationRules.text("conclusions", form.conclusions(), 2000);
        c.recordMeeting(date, members, conclusions, actorName(), now());
        return details(desk.take(c, procedure, StepTaken.of(step, conclusions,
                List.of(StepDetail.text("accusation.field.meetingDate", date),
                        StepDetail.text("accusation.field.memberUnits", members))), Move.stay()));
    }

    @Override
    @OrganisationAndDiscipline
    public AccusationDetails completeStep(long id, int version, StepNote note) {
        AccusationCase c = desk.loadForMove(id, version);
        ProcedureDefinition procedure = procedure(c);
        StepDefinition step = actingStep(c, procedure, null);
        List<StepDetail> details = new ArrayList<>();
        switch (step.form()) {
            case JOINT_MEETING -> {
                if (c.getMeetings().isEmpty()) {
                    throw new FieldException("meetingDate", "accusation.error.noMeeting");
                }
                details.add(StepDetail.text("accusation.field.meetings", c.getMeetings().size()));
            }
            case CLARIFICATION -> {
                List<AccusedCadre> waiting = c.awaitingClarification();
                if (!waiting.isEmpty()) {
                    throw new FieldException("clarification", "accusation.error.clarificationsMissing",
                            waiting.stream().map(AccusedCadre::getCadreName).collect(Collectors.joining("、")));
                }
                if (!c.needsClarification()) {
                    AccusationRules.text("opinion", note.opinion(), 4000);
                }
                details.add(StepDetail.text("accusation.field.clarified", c.getClarifications().size()));
            }
            case OPINION -> {
                // 核查 and 归档 record the opinion and files the step's settings ask for.
            }
            default -> throw new PortalException("accusation.error.wrongStep");
        }
        return completed(c, procedure, step, AccusationRules.optional("opinion", note.opinion(), 4000), details,
                note.attachments());
    }

    @Override
    @RolesAllowed(AppRoles.DISCIPLINE)
    public AccusationDetails recordFindings(long id, int version, FindingForm form) {
        AccusationCase c = desk.loadForMove(id, version);
        ProcedureDefinition procedure = procedure(c);
        StepDefinition step = actingStep(c, procedure, FINDING);
        Map<Long, AllegationFinding> given = new HashMap<>();
        for (AllegationFinding f : form.findings()) {
            given.put(f.allegationId(), f);
        }
        Map<Long, FindingType> findings = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (Allegation a : c.getAllegations()) {
            AllegationFinding f = given.get(a.getId());
            String key = a.getId().toString();
            reasons.put(a.getId(), AccusationRules.findingReason(key, f == null ? null : f.finding(),
                    f == null ? null : f.reason()));
            findings.put(a.getId(), f.finding());
        }
        String opinion = AccusationRules.optional("opinion", form.opinion(), 4000);
        LocalDate due = calendar.plusWorkingDays(today(), AccusationRules.CLARIFY_WITHIN_WORKING_DAYS);
        c.find(findings, reasons, today(), due, actorName(), now());
        return completed(c, procedure, step, opinion, AccusationStepDetails.findingDetails(c), List.of());
    }

    @Override
    @RolesAllowed(AppRoles.DISCIPLINE)
    public AccusationDetails recordHandling(long id, int version, HandlingForm form) {
        AccusationCase c = desk.loadForMove(id, version);
        ProcedureDefinition procedure = procedure(c);
        StepDefinition step = actingStep(c, procedure, HANDLING);
        AccusationRules.referral(c.hasFabricated(), form.referredTo(), form.referredOn(), c.getFoundOn(), today());
        String opinion = AccusationRules.optional("opinion", form.opinion(), 4000);
        List<StepDetail> details = new ArrayList<>();
        if (c.hasFabricated()) {
            String to = AccusationRules.text("referredTo", form.referredTo(), 100);
            c.refer(to, form.referredOn(), actorName(), now());
            details.add(StepDetail.text("accusation.field.referredTo", to));
            details.add(StepDetail.text("accusation.field.referredOn", form.referredOn()));
        } else if (opinion == null) {
            throw new FieldException("opinion", "accusation.error.handlingOpinion");
        }
        return completed(c, procedure, step, opinion, details, List.of());
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AccusationDetails addClarification(long id, int version, ClarificationForm form) {
        AccusationCase c = desk.loadForMove(id, version);
        ProcedureDefinition procedure = procedure(c);
        StepDefinition step = actingStep(c, procedure, CLARIFICATION);
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
        return details(desk.take(c, procedure, StepTaken.of(step, null,
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
                                        String opinion, List<StepDetail> details,
                                        List<NewAttachment> attachments) {
        return details(desk.take(c, procedure, new StepTaken(step, opinion, details, attachments), Move.advance()));
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
                procedure.ordinalOf(CLARIFICATION), calendar.around(today()), today());
    }

    /** The current step, refused unless the user holds its role and (when given) it shows that form. */
    private StepDefinition actingStep(AccusationCase c, ProcedureDefinition procedure, String form) {
        StepDefinition step = desk.actingStep(c, procedure);
        if (form != null && !form.equals(step.form())) {
            throw new PortalException("accusation.error.wrongStep");
        }
        return step;
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
