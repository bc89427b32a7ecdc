package org.cadreportal.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.base.StoredFile;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.DataScope;

/**
 * One case type's access to the kernel: loading a case within the user's data scope, refusing a stale
 * move with who moved the case last, and the one call that moves a case, {@link #take}. Created by
 * {@link CaseKernel#desk}; every method runs in the calling service's transaction.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class CaseDesk<C extends WorkflowCase> {

    private static final int MAX_REASON = 2000;

    private final CaseKernel kernel;
    private final CaseStore<C> store;

    // --- the one move ------------------------------------------------------------------------------

    /**
     * Takes a step: moves the case and writes the step record, in the caller's transaction, then flushes
     * so a concurrent change is refused here. The aggregate moves first because it is the one that
     * knows the case's state: a move it refuses throws before anything is written. The record is written
     * next and fails the whole transaction on a missing opinion or a bad file, so either both land or
     * neither does. The users who may act on the step the case now stands on are told, in the same
     * transaction ({@link StepNotices}).
     */
    public C take(C c, ProcedureDefinition procedure, StepTaken taken, Move move) {
        CurrentUser actor = kernel.users.require();
        c.move(procedure, move, kernel.today(), actor.displayName(), kernel.now());
        kernel.workflow.record(new StepEntry(store.caseType(), c.getId(), taken, move));
        C flushed = flush(c);
        kernel.notices.moved(store, flushed, procedure, move, actor.username(), actor.displayName());
        return flushed;
    }

    /**
     * A case concluded elsewhere and logged in one go: one record per step, each marked as logged, and
     * the case stands completed on its last step.
     */
    public C concludeLogged(C c, ProcedureDefinition procedure, List<StepTaken> steps) {
        Move logged = new Move.ConcludeLogged();
        c.move(procedure, logged, kernel.today(), kernel.actorName(), kernel.now());
        steps.forEach(taken -> kernel.workflow.record(new StepEntry(store.caseType(), c.getId(), taken, logged)));
        return flush(c);
    }

    /** Back to an earlier step (never the first, which is the case's opening), with a reason. */
    public C sendBack(long id, int version, int targetOrdinal, String reason) {
        LockedStep<C> at = lockForStep(id, version);
        ProcedureDefinition procedure = at.procedure();
        Move move = Move.sendBack(targetOrdinal);
        at.target().checkMove(procedure, move);
        String why = StepTexts.required("reason", reason, MAX_REASON);
        if (targetOrdinal < 2 || targetOrdinal >= at.step().ordinal()) {
            throw new FieldException("target", "workflow.error.badTarget");
        }
        return take(at.target(), procedure, StepTaken.of(at.step(), why,
                List.of(StepDetail.text("workflow.field.target", procedure.step(targetOrdinal).nameZh()))), move);
    }

    /** Stops the case, with a reason. */
    public C terminate(long id, int version, String reason) {
        return close(id, version, reason, Move.terminate());
    }

    /** Closes the case on its current step with a reason: terminated, or (where the type allows) improved. */
    public C close(long id, int version, String reason, Move move) {
        LockedStep<C> at = lockForStep(id, version);
        at.target().checkMove(at.procedure(), move);
        String why = StepTexts.required("reason", reason, MAX_REASON);
        return take(at.target(), at.procedure(), StepTaken.of(at.step(), why, List.of()), move);
    }

    // --- loading and checks ---------------------------------------------------------------------------

    /** The case as the user may see it: another unit's case is missing, and the attempt is logged. */
    public C load(long id) {
        return inScope(id, store.withUnit().apply(id));
    }

    /** The case opened on its page: loaded like {@link #load}, and the read written to the access log. */
    public C read(long id) {
        C c = load(id);
        kernel.accessLog.read(store.recordType(), id, store.label().apply(c));
        return c;
    }

    /**
     * Where every move on a case the user saw starts: the case locked within the user's data scope (another
     * unit's case is missing, and the attempt is logged), refused with who moved it last if the user's view is
     * stale, with its procedure and the step the user acts on ({@link #actingStep}).
     */
    public LockedStep<C> lockForStep(long id, int version) {
        C c = inScope(id, store.cases().findForUpdate(id));
        if (c.getVersion() != version) {
            throw stale(c);
        }
        ProcedureDefinition procedure = procedure(c);
        return new LockedStep<>(c, procedure, actingStep(c, procedure));
    }

    public C inScope(long id, Optional<C> found) {
        return kernel.accessLog.visible(store.recordType(), id, found, this::covers);
    }

    /** Any record of the case type's feature that belongs to a unit, looked up the same way. */
    public <T> T inScope(String recordType, long id, Optional<T> found, Function<T, ? extends UnitView> unitOf) {
        return kernel.accessLog.visible(recordType, id, found, r -> covers(unitOf.apply(r)));
    }

    public boolean covers(C c) {
        return covers(c.getUnit());
    }

    public boolean covers(UnitView unit) {
        return kernel.scope.covers(unit);
    }

    /** The user's data scope, for the case type's lists and figures. */
    public DataScope scope() {
        return kernel.scope;
    }

    /** The refusal of a move on a stale view: says who moved the case last, and when. */
    public StaleDataException stale(C c) {
        return stale(c.getLastActor(), c.getLastActedAt());
    }

    public StaleDataException stale(String actor, LocalDateTime at) {
        return StaleDataException.movedBy(store.staleKey(), actor, at);
    }

    public C flush(C c) {
        return VersionedEntity.saveAndFlush(store.cases(), c);
    }

    public ProcedureDefinition procedure(C c) {
        return kernel.workflow.procedure(c.getProcedureId());
    }

    /** The case's current step, refused unless it is open and the user holds the step's role. */
    public StepDefinition actingStep(C c, ProcedureDefinition procedure) {
        c.getProgress().requireOpen();
        StepDefinition step = procedure.step(c.getProgress().getCurrentOrdinal());
        if (!kernel.workflow.mayAct(step)) {
            throw new PortalException("workflow.error.notYourStep", step.ordinal());
        }
        return step;
    }

    /** A file of one of the case's step records, only when the case is within the user's scope. */
    public StoredFile attachment(String attachmentType, long caseId, long attachmentId) {
        kernel.accessLog.visible(attachmentType, attachmentId, store.withUnit().apply(caseId), this::covers);
        StoredFile file = kernel.workflow.attachment(store.caseType(), caseId, attachmentId);
        kernel.accessLog.read(attachmentType, attachmentId, file.fileName());
        return file;
    }

    public List<StepRecordRow> records(C c) {
        return kernel.workflow.records(store.caseType(), c.getId());
    }

    /**
     * Bean Validation of a step's input, for a case type that must check something else first (the service
     * interface's {@code @Valid} runs before anything); refused as the interface would refuse it.
     */
    public <T> T valid(T input) {
        Set<ConstraintViolation<T>> refused = kernel.validator.validate(input);
        if (!refused.isEmpty()) {
            throw new ConstraintViolationException(refused);
        }
        return input;
    }

    /**
     * A new case's official number in {@code series}, counted afresh each year (上〔2026〕001, 查诬〔2026〕001):
     * {@code table}'s {@code column} holds the numbers already given.
     */
    public String number(String series, String table, String column) {
        return kernel.numbers.next(series + "〔" + today().getYear() + "〕", 3, table, column);
    }

    public String actorName() {
        return kernel.actorName();
    }

    public LocalDate today() {
        return kernel.today();
    }

    public LocalDateTime now() {
        return kernel.now();
    }
}
