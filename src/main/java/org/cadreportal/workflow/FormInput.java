package org.cadreportal.workflow;

/**
 * What the actor enters on one step's own form. Each case type has a sealed interface of one record per
 * form its procedures name that extends this, and one place that turns a step's form code into its type;
 * the case refuses an input that is not its current step's ({@link WorkflowCase#requireInput}).
 */
public interface FormInput {

    /** True when this is the input of the step's form. */
    boolean belongsTo(StepDefinition step);
}
