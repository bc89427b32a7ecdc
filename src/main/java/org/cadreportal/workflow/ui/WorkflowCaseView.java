package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.cadreportal.base.ui.Moves;
import org.cadreportal.base.ui.RecordView;
import org.cadreportal.workflow.WorkflowCaseDetails;

/**
 * The page of one case, whatever its type: the title row with the moves the viewer may make, the facts, then
 * the procedure as a stepper beside the main column that holds the current step's panel. Every move ends in
 * {@link #show}: the page redraws from what the service returned, and what was typed on the step is kept.
 *
 * @param <D> the case type's details
 * @param <P> the case type's step panel
 */
public abstract class WorkflowCaseView<D extends WorkflowCaseDetails<?>, P extends Component> extends RecordView {

    private final LongFunction<D> load;
    private D shown;
    private P panel;

    /** {@code load} gives the case as the service has it now (after a stale move, the page shows that). */
    protected WorkflowCaseView(LongFunction<D> load) {
        this.load = load;
    }

    /** Every move ends here: the page redraws from what the service returned. */
    protected abstract void show(D details);

    /** Shows the case the address names. */
    protected void open(long id) {
        show(load.apply(id));
    }

    /** Starts a redraw: the title row with its actions, then the facts. */
    protected void redraw(String title, Component actions, Component facts) {
        head(title, actions);
        add(facts);
    }

    /** The current step's panel drawn for {@code details}, with what was typed on the same step put back. */
    protected P panel(D details, Supplier<P> create) {
        panel = CasePage.redraw(shown, panel, details, create);
        shown = details;
        return panel;
    }

    /** The case the page shows. */
    protected D shown() {
        return shown;
    }

    /**
     * Follows a change made elsewhere: the page stays when {@code inPlace} brings its step panel up to date
     * (what is typed there untouched), and redraws otherwise.
     */
    protected void refresh(D now, Predicate<P> inPlace) {
        if (inPlace.test(panel)) {
            shown = now;
        } else {
            show(now);
        }
    }

    /** The main column beside the stepper. */
    protected static Div main(Component... parts) {
        Div main = new Div(parts);
        main.addClassName("portal-case-main");
        return main;
    }

    /** Runs a move on what this page shows, as every record page does ({@link Moves#run}). */
    public boolean move(Supplier<D> action) {
        long id = shown().id();
        return Moves.run(action, this::show, () -> load.apply(id));
    }
}
