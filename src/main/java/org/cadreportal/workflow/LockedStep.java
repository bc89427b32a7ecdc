package org.cadreportal.workflow;

/**
 * What a move on a case starts from, as {@link CaseDesk#lockForStep} hands it over: the case locked at the
 * version the user saw, its procedure, and the step the user acts on.
 *
 * @param target    the case, locked for the rest of the caller's transaction
 * @param procedure the case's procedure, which the move and the step record need
 * @param step      the case's current step, open and the user's to act on
 */
public record LockedStep<C extends WorkflowCase>(C target, ProcedureDefinition procedure, StepDefinition step) {
}
