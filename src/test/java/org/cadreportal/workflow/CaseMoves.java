package org.cadreportal.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Moves a case as the kernel would, without the step record: for unit tests of an aggregate's own
 * rules, which have no database to record into. Production code moves cases only through
 * {@link CaseDesk#take}.
 */
public final class CaseMoves {

    private CaseMoves() {
    }

    public static void advance(WorkflowCase c, ProcedureDefinition procedure, LocalDate today, String actor,
                               LocalDateTime now) {
        c.move(procedure, Move.advance(), today, actor, now);
    }

    public static void sendBack(WorkflowCase c, ProcedureDefinition procedure, int target, LocalDate today,
                                String actor, LocalDateTime now) {
        c.move(procedure, Move.sendBack(target), today, actor, now);
    }

    public static void move(WorkflowCase c, ProcedureDefinition procedure, Move move, LocalDate today,
                            String actor, LocalDateTime now) {
        c.move(procedure, move, today, actor, now);
    }

    public static void terminate(WorkflowCase c, ProcedureDefinition procedure, LocalDate today, String actor,
                                 LocalDateTime now) {
        c.move(procedure, Move.terminate(), today, actor, now);
    }
}
