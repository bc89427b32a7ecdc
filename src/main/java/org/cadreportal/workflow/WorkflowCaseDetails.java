package org.cadreportal.workflow;

import java.util.List;

/**
 * What the details of every case type give its page, kept once: a header naming the case (its id, and the
 * version a move must quote), where the case stands in its procedure, and every step taken. Each case type's
 * details record implements it with its own header and adds its own sections.
 */
public interface WorkflowCaseDetails<H extends WorkflowCaseDetails.CaseHeader> {

    H header();

    CaseStanding standing();

    List<StepRecordRow> records();

    default long id() {
        return header().id();
    }

    default int version() {
        return header().version();
    }

    default StepDefinition currentStep() {
        return standing().currentStep();
    }

    default boolean isOpen() {
        return standing().isOpen();
    }

    /** The part of a case type's header the kernel's pages read. */
    interface CaseHeader {

        long id();

        int version();
    }
}
