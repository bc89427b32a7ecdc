package org.cadreportal.workflow;

import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * What every case aggregate is made of before it is a 能上能下 case, a 查诬 case or a 容错 application:
 * its procedure, its progress through it, its version and who moved it last (so a refused stale move
 * can say who got there first), and the unit its data scope is matched on. Each case type maps its own
 * table with these same columns and adds only what its steps record.
 *
 * <p>The moves are package-private: only {@link CaseDesk#take} calls them, right before it writes the
 * step record, so a case cannot move without a record nor get a record without moving. A case type
 * adds its own consequences through the two hooks {@link #checkMove} and {@link #moved}.
 */
@MappedSuperclass
@Audited
public abstract class WorkflowCase extends VersionedEntity {

    @Getter private long procedureId;

    @Embedded
    @Getter private CaseProgress progress;

    /** The read-only unit mapping: the case's history keeps only its id. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UnitView unit;

    @Getter private String lastActor;

    @Getter private LocalDateTime lastActedAt;

    protected WorkflowCase() {
    }

    /** A new case stands on the procedure's first step, in the unit it belongs to. */
    protected WorkflowCase(ProcedureDefinition procedure, UnitView unit, LocalDate today, String actor,
                           LocalDateTime now) {
        this.procedureId = procedure.id();
        this.progress = CaseProgress.begin(procedure, today);
        this.unit = unit;
        touch(actor, now);
    }

    /**
     * Refuses a move this case type does not allow in its present state (e.g. going back after the
     * appointment was made), before anything is written. The progress checks its own rules anyway.
     */
    protected void checkMove(ProcedureDefinition procedure, Move move) {
    }

    /**
     * After the progress moved from step {@code from}: e.g. after a send-back what the steps being redone
     * recorded no longer stands, and the case type clears it.
     */
    protected void moved(ProcedureDefinition procedure, Move move, int from) {
    }

    /**
     * Refuses an input on a closed case, on a step that is not the current one, or that is not the input of
     * the step's form, with the case type's refusal ({@code refusalKey}): a stale or mistaken call cannot
     * write what another step records.
     */
    protected final void requireInput(StepDefinition step, FormInput input, String refusalKey) {
        progress.requireOpen();
        if (step.id() != progress.getCurrentStepId() || !input.belongsTo(step)) {
            throw new PortalException(refusalKey);
        }
    }

    /** Notes who acted last; every change of the aggregate calls it. */
    protected final void touch(String actor, LocalDateTime now) {
        lastActor = actor;
        lastActedAt = now;
    }

    /** The move itself: checked against the case type's rules and the progress, then applied. */
    final void move(ProcedureDefinition procedure, Move move, LocalDate today, String actor, LocalDateTime now) {
        checkMove(procedure, move);
        int from = progress.getCurrentOrdinal();
        switch (move) {
            case Move.Advance a -> progress.advance(procedure, today);
            case Move.SendBack back -> progress.sendBack(procedure, back.target(), today);
            case Move.Terminate t -> progress.terminate(today);
            case Move.Reject r -> progress.reject(today);
            case Move.Improve i -> progress.closeImproved(today);
            case Move.Stay s -> progress.requireOpen();
            case Move.ConcludeLogged l -> progress.concludeLogged(procedure, today);
        }
        moved(procedure, move, from);
        touch(actor, now);
    }

    /** The unit the case belongs to: the data scope is matched on its path. */
    public UnitView getUnit() {
        return unit;
    }
}
