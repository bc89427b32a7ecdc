package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.html.Div;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cadreportal.workflow.CaseStanding;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.WorkflowCaseDetails;

/**
 * The panel of a case's current step, in the frame every case type shows it in (element id {@code step-panel}):
 * a concluded case's status, or the step's title and then either whom the step waits for (a viewer who may
 * not act) or the step's form ({@link StepCompletion}). Each case type adds its own step's fields.
 */
public abstract class CaseStepPanel extends Div {

    protected CaseStepPanel() {
        addClassName("portal-step-panel");
        setId("step-panel");
    }

    /** A concluded case's status and the day it closed, or an open case's step title: true when it is open. */
    protected boolean opened(WorkflowCaseDetails<?> c, String closedKey, String closedOnKey, String titleKey) {
        if (!c.isOpen()) {
            StepCompletion.closed(this, closedKey, closedOnKey, c.standing());
            return false;
        }
        add(StepCompletion.title(titleKey, c.currentStep()));
        return true;
    }

    /** For a viewer who may not act on the step, whom it waits for: true when the viewer may act. */
    protected boolean acts(boolean mayAct, CaseStanding standing, String waitingKey) {
        if (!mayAct) {
            add(StepCompletion.waiting(waitingKey, standing));
        }
        return mayAct;
    }

    /**
     * The step's form: the fields {@code fields} adds, then the opinion, the files and 完成本步, which hands
     * {@code complete} the way to read the fields back as the step's input, and the opinion and files.
     */
    protected <I> void form(StepDefinition step, Function<StepCompletion, Supplier<I>> fields,
                            BiConsumer<Supplier<I>, StepNote> complete) {
        StepCompletion form = new StepCompletion(step);
        Supplier<I> input = fields.apply(form);
        add(form, form.completeButton(note -> complete.accept(input, note)));
    }
}
