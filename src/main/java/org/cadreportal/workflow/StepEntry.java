package org.cadreportal.workflow;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A step being taken on a case, as the kernel hands it to {@link WorkflowService#record}. Only the
 * kernel builds one (the constructor is package-private), right where it moves the case, so no case
 * type can write a step record without the move that goes with it.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class StepEntry {

    private final String caseType;
    private final long caseId;
    private final StepTaken taken;
    private final Move move;

    public String caseType() {
        return caseType;
    }

    public long caseId() {
        return caseId;
    }

    public StepDefinition step() {
        return taken.step();
    }

    public StepOutcome outcome() {
        return move.outcome();
    }

    public Integer targetOrdinal() {
        return move.targetOrdinal();
    }

    public String opinion() {
        return taken.opinion();
    }

    public List<StepDetail> details() {
        return taken.details();
    }

    public List<NewAttachment> attachments() {
        return taken.attachments();
    }
}
