package org.cadreportal.adjustment.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.AdjustmentTerminated;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.ClosingOutlook;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.ReferenceForm;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.adjustment.StepInput;
import org.cadreportal.adjustment.VisitForm;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.adjustment.domain.AdjustmentMethod;
import org.cadreportal.adjustment.domain.AdjustmentMethodRepository;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.adjustment.domain.Situation;
import org.cadreportal.adjustment.domain.SituationRepository;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.LiveUpdates;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.ReferenceItem;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.base.StoredFile;
import org.cadreportal.security.roles.CaseHandlers;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.roles.Exporters;
import org.cadreportal.security.roles.OrganisationAndCommittee;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.cadreportal.workflow.WorkflowService;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.LockedStep;
import org.cadreportal.workflow.CaseKernel;
import org.cadreportal.workflow.CaseStore;
import org.cadreportal.workflow.Move;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class AdjustmentServiceImpl implements AdjustmentService {

    static final String CASE_TYPE = "ADJUSTMENT";

    private final AdjustmentCaseRepository cases;
    private final UnitViewRepository units;
    private final SituationRepository situations;
    private final AdjustmentMethodRepository methods;
    private final WorkflowService workflow;
    private final CadreService cadres;
    private final CurrentUsers users;
    private final StepFormRules rules;
    private final CaseViews views;
    private final CasePdf pdf;
    private final CaseWorkbook workbook;
    private final AccessLog accessLog;
    private final CaseDesk<AdjustmentCase> desk;
    private final CommitteeDecision committee;
    private final CaseLists lists;
    private final CaseAppointment appointment;
    private final CaseOpening opening;
    private final ApplicationEventPublisher events;
    private final org.cadreportal.org.OrgService org;
    private final MeetingRoles meetingRoles;
    private final LiveUpdates live;

    AdjustmentServiceImpl(AdjustmentCaseRepository cases, UnitViewRepository units, SituationRepository situations,
                          AdjustmentMethodRepository methods, WorkflowService workflow, CadreService cadres,
                          CurrentUsers users, StepFormRules rules, CaseViews views,
                          CasePdf pdf, CaseWorkbook workbook, CaseKernel kernel, AccessLog accessLog,
                          CaseAppointment appointment, ApplicationEventPublisher events, MeetingRoles meetingRoles,
                          LiveUpdates live, org.cadreportal.org.OrgService org) {
        this.org = org;
        this.accessLog = accessLog;
        this.appointment = appointment;
        this.cases = cases;
        this.units = units;
        this.situations = situations;
        this.methods = methods;
        this.workflow = workflow;
        this.cadres = cadres;
        this.users = users;
        this.rules = rules;
        this.views = views;
        this.pdf = pdf;
        this.workbook = workbook;
        this.desk = kernel.desk(new CaseStore<>(CASE_TYPE, AccessTypes.ADJUSTMENT_CASE, "adjustment.error.changed",
                cases, cases::findWithUnitById, "adjustment",
                c -> c.getCaseNo() + " " + c.getCadreName()));
        this.lists = new CaseLists(cases, views, desk);
        this.committee = new CommitteeDecision(cases, meetingRoles, users, desk, events);
        this.meetingRoles = meetingRoles;
        this.live = live;
        this.opening = new CaseOpening(cases, units, workflow, cadres, rules, desk);
        this.events = events;
    }

    // --- lists -------------------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<CaseRow> page(CaseFilter filter, Pageable pageable) {
        return lists.page(filter, pageable);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        return lists.count(filter);
    }

    @Override
    @CaseHandlers
    @Transactional(readOnly = true)
    public Page<CaseRow> myTasks(Pageable pageable) {
        return lists.tasks(users.require(), pageable);
    }

    @Override
    @CaseHandlers
    @Transactional(readOnly = true)
    public long countMyTasks() {
        return lists.countTasks(users.require());
    }

    @Override
    @RolesAllowed(AppRoles.COMMITTEE)
    @Transactional(readOnly = true)
    public Page<CaseRow> myVotes(Pageable pageable) {
        return lists.votes(users.require(), pageable);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public CaseDetails get(long id) {
        return details(desk.read(id));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public CaseDetails reload(long id) {
        return details(desk.load(id));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<CaseRow> casesOfCadre(long cadreId) {
        return lists.ofCadre(cadreId);
    }

    // --- moves -------------------------------------------------------------------------------

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public CaseDetails open(OpenCaseForm form) {
        return openCase(form, true);
    }

    /**
     * A case another feature asked for (see {@link AdjustmentRequests}): its situations are not known
     * yet, and 分析研判 must set them before the case moves on. Null when the cadre already has an open case
     * of that direction (refused before anything is written, so the caller's transaction stays good).
     */
    @RolesAllowed(AppRoles.CLERK)
    public CaseDetails openRequested(OpenCaseForm form) {
        try {
            return openCase(form, false);
        } catch (org.cadreportal.adjustment.CaseAlreadyOpenException e) {
            return null;
        }
    }

    private CaseDetails openCase(OpenCaseForm form, boolean situationsRequired) {
        return details(opening.open(form, situationsRequired));
    }

    @Override
    @CaseHandlers
    public CaseDetails completeStep(long id, int version, StepInput input, StepNote note) {
        LockedStep<AdjustmentCase> at = desk.lockForStep(id, version);
        AdjustmentCase c = at.target();
        ProcedureDefinition procedure = at.procedure();
        StepDefinition step = at.step();
        c.requireInput(step, input);
        if (input instanceof StepInput.Decision) {
            return changed(committee.decide(c, procedure, step, note));
        }
        c = desk.take(c, procedure, note.taken(step, rules.apply(c, step, input, desk.today())), Move.advance());
        if (input instanceof StepInput.Appointment) {
            applyToCadre(c);
        }
        return changed(c);
    }

    /** 宣布并办理任免 applies the decided post and rank; the career entry names the case. */
    private void applyToCadre(AdjustmentCase c) {
        cadres.applyAdjustment(c.getCadreId(), DecidedPost.of(c, org));
    }

    @Override
    @CaseHandlers
    public CaseDetails sendBack(long id, int version, int targetOrdinal, String reason) {
        requirePresidingAtDecision(id);
        return changed(desk.sendBack(id, version, targetOrdinal, reason));
    }

    @Override
    @CaseHandlers
    public CaseDetails terminate(long id, int version, String reason) {
        requirePresidingAtDecision(id);
        AdjustmentCase c = desk.terminate(id, version, reason);
        events.publishEvent(new AdjustmentTerminated(c.getId(), c.getCaseNo(), c.getCadreId(), c.getDirection()));
        return changed(c);
    }

    /** At 讨论决定 only the chair and the recorder send the case back or stop it. */
    private void requirePresidingAtDecision(long id) {
        meetingRoles.requireAtDecision(desk.load(id), desk, users.require());
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public CaseDetails closeImproved(long id, int version, String reason) {
        return changed(desk.close(id, version, reason, Move.improve()));
    }

    @Override
    @RolesAllowed(AppRoles.COMMITTEE)
    public CaseDetails setUpMeeting(long id, int version, MeetingForm form) {
        return changed(committee.setUpMeeting(id, version, form));
    }

    @Override
    @RolesAllowed(AppRoles.COMMITTEE)
    public CaseDetails castVote(long id, Vote vote) {
        return changed(committee.castVote(id, vote));
    }

    @Override
    @RolesAllowed(AppRoles.COMMITTEE)
    @Transactional(readOnly = true)
    public ClosingOutlook closingOutlook(long id) {
        return committee.outlook(desk.load(id));
    }

    @Override
    @RolesAllowed(AppRoles.COMMITTEE)
    public CaseDetails closeVote(long id, VoteTally confirmed, StepNote note) {
        return changed(committee.close(id, confirmed, note));
    }

    @Override
    @CaseHandlers
    public CaseDetails addVisit(long id, int version, VisitForm form) {
        return changed(FollowUpVisits.add(desk, id, version, form));
    }

    // --- reference data ------------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<ReferenceRow> situations(boolean activeOnly) {
        return situations.rows(activeOnly, CaseViews::reference);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<ReferenceRow> methods(boolean activeOnly) {
        return methods.rows(activeOnly, CaseViews::reference);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public ReferenceRow saveSituation(Long id, Integer version, ReferenceForm form) {
        return CaseViews.reference(ReferenceItem.save(situations, id, version, () -> new Situation(form),
                s -> s.edit(form)));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public ReferenceRow saveMethod(Long id, Integer version, ReferenceForm form) {
        return CaseViews.reference(ReferenceItem.save(methods, id, version, () -> new AdjustmentMethod(form),
                m -> m.edit(form)));
    }

    @Override
    @OrganisationAndCommittee
    @Transactional(readOnly = true)
    public List<UserDirectory.Member> committeeMembers(long caseId) {
        return committee.eligibleMembers(desk.load(caseId));
    }

    // --- outputs -------------------------------------------------------------------------------

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public void writePdf(long id, OutputStream out) {
        AdjustmentCase c = desk.load(id);
        accessLog.exported(AccessTypes.ADJUSTMENT_CASE, c.getCadreName() + " · " + c.getCaseNo() + ".pdf");
        pdf.write(details(c), out);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public org.cadreportal.cadre.AppointmentRecord appointmentRecord(long caseId) {
        AdjustmentCase c = desk.load(caseId);
        return appointment.of(c, cadres.appointmentRecord(c.getCadreId()));
    }

    @Override
    @Exporters
    @Transactional(readOnly = true)
    public void exportExcel(CaseFilter filter, OutputStream out) {
        var pages = lists.pages(filter);
        accessLog.exported(AccessTypes.ADJUSTMENT_CASE, "adjustment-cases.xlsx");
        workbook.write(pages, out);
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public StoredFile attachment(long caseId, long attachmentId) {
        return desk.attachment(AccessTypes.ATTACHMENT, caseId, attachmentId);
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A move's answer; the case's open pages are told once it is committed. */
    private CaseDetails changed(AdjustmentCase c) {
        live.announce(AdjustmentService.liveTopic(c.getId()));
        return details(c);
    }

    private CaseDetails details(AdjustmentCase c) {
        return views.details(c, desk.procedure(c), desk.records(c), users.current().orElse(null), desk.today());
    }

    /** Refuses an action of one step's form (a meeting, a visit) on a case standing on another. */
    static void requireForm(StepDefinition step, Class<? extends StepInput> form) {
        if (!form.isInstance(StepInput.of(step))) {
            throw new PortalException("adjustment.error.wrongStep");
        }
    }

}
