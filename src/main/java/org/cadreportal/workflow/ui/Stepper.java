package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepOutcome;
import org.cadreportal.workflow.StepRecordRow;

/**
 * A case's procedure as a vertical stepper: every step, marked done (with who and when), current, or
 * pending. A step done and later sent back to counts as pending again until it is done anew.
 */
public class Stepper extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public enum State {
        DONE, CURRENT, PENDING, STOPPED
    }

    public Stepper(ProcedureDefinition procedure, int currentOrdinal, CaseStatus status, List<StepRecordRow> records,
                   Locale locale) {
        addClassName("portal-stepper");
        setId("case-stepper");
        Map<Integer, StepRecordRow> lastDone = lastCompletedBefore(records);
        OrderedList list = new OrderedList();
        for (StepDefinition step : procedure.steps()) {
            State state = stateOf(step.ordinal(), currentOrdinal, status);
            ListItem item = new ListItem();
            item.addClassNames("portal-step", "portal-step-" + state.name().toLowerCase(Locale.ROOT));
            item.getElement().setAttribute("data-state", state.name());
            Span marker = new Span(state == State.DONE ? "✓" : String.valueOf(step.ordinal()));
            marker.addClassName("portal-step-marker");
            Span name = new Span(step.name(locale));
            name.addClassName("portal-step-name");
            Div text = new Div(name);
            text.addClassName("portal-step-text");
            StepRecordRow done = lastDone.get(step.ordinal());
            String note = switch (state) {
                case DONE -> done == null ? "" : done.actorName() + " · " + done.actedAt().format(WHEN);
                case CURRENT -> getTranslation("workflow.stepper.current", getTranslation(step.role().labelKey()));
                case STOPPED -> getTranslation(status.labelKey());
                case PENDING -> getTranslation(step.role().labelKey());
            };
            Span sub = new Span(note);
            sub.addClassName("portal-step-note");
            text.add(sub);
            item.add(marker, text);
            list.add(item);
        }
        add(list);
    }

    static State stateOf(int ordinal, int current, CaseStatus status) {
        if (status == CaseStatus.COMPLETED) {
            return State.DONE;
        }
        if (ordinal < current) {
            return State.DONE;
        }
        if (ordinal == current) {
            return status == CaseStatus.OPEN ? State.CURRENT : State.STOPPED;
        }
        return State.PENDING;
    }

    /** The latest completion of each step (a step redone after a send-back shows its redo). */
    private static Map<Integer, StepRecordRow> lastCompletedBefore(List<StepRecordRow> records) {
        Map<Integer, StepRecordRow> last = new HashMap<>();
        for (StepRecordRow r : records) {
            if (r.outcome() == StepOutcome.COMPLETED || r.outcome() == StepOutcome.LOGGED) {
                last.put(r.ordinal(), r);
            }
        }
        return last;
    }
}
