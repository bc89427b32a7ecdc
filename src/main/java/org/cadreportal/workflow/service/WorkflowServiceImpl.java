package org.cadreportal.workflow.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.Role;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.FileKinds;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.base.StoredFile;
import org.cadreportal.security.roles.PortalStaff;
import org.cadreportal.workflow.AttachmentRow;
import org.cadreportal.workflow.NewAttachment;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepEntry;
import org.cadreportal.workflow.StepForm;
import org.cadreportal.workflow.StepOutcome;
import org.cadreportal.workflow.StepRecordRow;
import org.cadreportal.workflow.WorkflowService;
import org.cadreportal.workflow.domain.AttachmentMeta;
import org.cadreportal.workflow.domain.Procedure;
import org.cadreportal.workflow.domain.ProcedureRepository;
import org.cadreportal.workflow.domain.ProcedureStep;
import org.cadreportal.workflow.domain.ProcedureStepRepository;
import org.cadreportal.workflow.domain.StepRecord;
import org.cadreportal.workflow.domain.StepRecordRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class WorkflowServiceImpl implements WorkflowService {

    /** The roles that work cases; a step acted on by anyone else could never be moved. */
    private static final Set<Role> ACTING_ROLES = EnumSet.of(Role.CLERK, Role.COMMITTEE, Role.DISCIPLINE);

    /** The step_records.details column. */
    private static final int MAX_DETAILS = 8000;

    /** A voting step is the committee's: the meeting and the votes are theirs whatever the settings say. */
    private static final String DECISION_FORM = "DECISION";

    private final ProcedureRepository procedures;
    private final ProcedureStepRepository steps;
    private final StepRecordRepository records;
    private final StepDetailsCodec codec;
    private final CurrentUsers users;
    private final Clock clock;

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<ProcedureDefinition> procedures() {
        return procedures.findAllWithSteps().stream().map(WorkflowServiceImpl::toDefinition).toList();
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public ProcedureDefinition procedure(String code) {
        return procedures.findByCodeWithSteps(code).map(WorkflowServiceImpl::toDefinition)
                .orElseThrow(RecordNotFoundException::new);
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public ProcedureDefinition procedure(long id) {
        return procedures.findByIdWithSteps(id).map(WorkflowServiceImpl::toDefinition)
                .orElseThrow(RecordNotFoundException::new);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public StepDefinition updateStep(long stepId, int version, StepForm form) {
        ProcedureStep step = VersionedEntity.atVersion(steps.findById(stepId), version);
        if (!ACTING_ROLES.contains(form.getRole())) {
            throw new FieldException("role", "workflow.error.roleNotActing");
        }
        if (DECISION_FORM.equals(step.getForm()) && form.getRole() != Role.COMMITTEE) {
            throw new FieldException("role", "workflow.error.decisionRole");
        }
        step.edit(form);
        return toDefinition(VersionedEntity.saveAndFlush(steps, step));
    }

    @Override
    @RolesAllowed({AppRoles.CLERK, AppRoles.COMMITTEE, AppRoles.DISCIPLINE, AppRoles.SUPERVISION})
    public StepRecordRow record(StepEntry entry) {
        StepDefinition step = entry.step();
        // A step logged afterwards was acted on elsewhere; the clerk who enters it is the one who answers for it.
        boolean allowed = entry.outcome() == StepOutcome.LOGGED
                ? users.has(Role.CLERK) : mayAct(step);
        if (!allowed) {
            throw new PortalException("workflow.error.notYourStep", step.ordinal());
        }
        String opinion = entry.opinion() == null ? null : entry.opinion().strip();
        boolean completing = entry.outcome() == StepOutcome.COMPLETED;
        if (completing && step.opinionRequired() && (opinion == null || opinion.isEmpty())) {
            throw new FieldException("opinion", "workflow.error.opinionRequired");
        }
        if (completing && step.attachmentRequired() && entry.attachments().isEmpty()) {
            throw new FieldException("attachments", "workflow.error.attachmentRequired");
        }
        if (opinion != null && opinion.length() > 4000) {
            throw new FieldException("opinion", "validation.tooLong", 4000);
        }
        List<String> types = FileKinds.accept(entry.attachments().stream().map(NewAttachment::fileName).toList(),
                entry.attachments().stream().map(NewAttachment::content).toList(), "attachments");
        String details = codec.write(entry.details());
        if (details != null && details.length() > MAX_DETAILS) {
            // Each text passed its own limit, but together they exceed what one step record keeps.
            throw new PortalException("workflow.error.detailsTooLong");
        }
        CurrentUser actor = users.require();
        StepRecord record = new StepRecord(entry.caseType(), entry.caseId(), step.id(), step.ordinal(),
                entry.outcome(), entry.targetOrdinal(), actor.username(), actor.displayName(),
                LocalDateTime.now(clock), opinion == null || opinion.isEmpty() ? null : opinion, details);
        for (int i = 0; i < entry.attachments().size(); i++) {
            NewAttachment file = entry.attachments().get(i);
            record.attach(file.fileName(), types.get(i), file.content());
        }
        records.save(record);
        return toRow(record, step, record.getAttachments().stream()
                .map(a -> new AttachmentRow(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes()))
                .toList());
    }

    @Override
    @PermitAll
    public boolean mayAct(StepDefinition step) {
        return users.has(step.role());
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public List<StepRecordRow> records(String caseType, long caseId) {
        List<StepRecord> taken = records.findByCase(caseType, caseId);
        if (taken.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AttachmentRow>> files = records.findAttachmentMeta(caseType, caseId).stream()
                .collect(Collectors.groupingBy(AttachmentMeta::recordId, Collectors.mapping(
                        m -> new AttachmentRow(m.id(), m.fileName(), m.contentType(), m.sizeBytes()),
                        Collectors.toList())));
        Map<Long, ProcedureStep> byId = steps.findAllById(taken.stream().map(StepRecord::getStepId).distinct().toList())
                .stream().collect(Collectors.toMap(ProcedureStep::getId, s -> s));
        return taken.stream()
                .map(r -> toRow(r, toDefinition(byId.get(r.getStepId())), files.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public StoredFile attachment(String caseType, long caseId, long attachmentId) {
        return records.findAttachment(caseType, caseId, attachmentId)
                .map(a -> new StoredFile(a.getFileName(), a.getContentType(), a.getContent()))
                .orElseThrow(RecordNotFoundException::new);
    }

    private StepRecordRow toRow(StepRecord r, StepDefinition step, List<AttachmentRow> files) {
        return new StepRecordRow(r.getId(), r.getStepId(), r.getOrdinal(), step.nameZh(), step.nameEn(),
                r.getOutcome(), r.getTargetOrdinal(), r.getActorUsername(), r.getActorName(), r.getActedAt(),
                r.getOpinion(), codec.read(r.getDetails()), files);
    }

    private static ProcedureDefinition toDefinition(Procedure p) {
        return new ProcedureDefinition(p.getId(), p.getCode(), p.getNameZh(), p.getNameEn(),
                p.getSteps().stream().map(WorkflowServiceImpl::toDefinition).toList());
    }

    static StepDefinition toDefinition(ProcedureStep s) {
        return new StepDefinition(s.getId(), s.getVersion(), s.getProcedure().getId(), s.getOrdinal(), s.getCode(),
                s.getNameZh(), s.getNameEn(), s.getRole(), s.getTimeLimitDays(), s.getForm(), s.isOpinionRequired(),
                s.isAttachmentRequired());
    }
}
