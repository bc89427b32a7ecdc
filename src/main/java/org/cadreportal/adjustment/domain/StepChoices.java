package org.cadreportal.adjustment.domain;

import java.util.Set;

/**
 * The reference rows a step's input names by id, looked up by the service: the situations 分析研判 settles
 * (null: those the case has stand) and the method a proposal chooses.
 */
public record StepChoices(Set<Situation> situations, AdjustmentMethod method) {

    public static final StepChoices NONE = new StepChoices(null, null);
}
