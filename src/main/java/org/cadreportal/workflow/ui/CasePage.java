package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.cadreportal.base.StoredFile;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.workflow.CaseStanding;
import org.cadreportal.workflow.StepRecordRow;
import org.cadreportal.workflow.WorkflowCaseDetails;

/**
 * The parts every case page (能上能下, 查诬, 容错) draws alike, so the three pages cannot drift apart: the
 * 退回 and 终止 buttons, the stepper beside the page's main column, the step records, and the test that
 * keeps what was typed when the page redraws the case on the same step.
 */
public final class CasePage {

    private CasePage() {
    }

    /** 退回: asks for an earlier step and the reason; {@code move} gets both, true when it went through. */
    public static Button sendBack(String id, CaseStanding standing, BiPredicate<Integer, String> move) {
        Button back = new Button(UI.getCurrent().getTranslation("workflow.action.sendBack"),
                new Icon(VaadinIcon.ARROW_BACKWARD),
                e -> ReasonDialog.sendBack(standing.procedure(), standing.currentOrdinal(), move));
        back.setId(id);
        return back;
    }

    /** 终止: asks for the reason; {@code move} gets it, true when it went through. */
    public static Button terminate(String id, Predicate<String> move) {
        Button stop = new Button(UI.getCurrent().getTranslation("workflow.action.terminate"), new Icon(VaadinIcon.BAN),
                e -> ReasonDialog.reason("workflow.terminate.title", "workflow.terminate.confirm", move));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setId(id);
        return stop;
    }

    /** True when a redraw shows the same case on the step the page showed: what was typed there is kept. */
    private static boolean sameStep(long shownId, CaseStanding shown, long id, CaseStanding now) {
        return shownId == id && shown.currentOrdinal() == now.currentOrdinal() && shown.status() == now.status();
    }

    /**
     * The current step's panel drawn anew for {@code next}: when the page showed the same case on the same step
     * ({@code shown} in panel {@code old}), what the user typed there is put back, so a redraw (someone else's
     * change, a stale save, a note added) loses nothing.
     */
    public static <P extends Component> P redraw(WorkflowCaseDetails<?> shown, Component old,
                                                 WorkflowCaseDetails<?> next, Supplier<P> panel) {
        boolean same = shown != null && old != null
                && sameStep(shown.id(), shown.standing(), next.id(), next.standing());
        Map<String, Object> typed = same ? TypedInput.read(old) : Map.of();
        P drawn = panel.get();
        TypedInput.restore(drawn, typed);
        return drawn;
    }

    /** The procedure as a stepper beside the page's main column. */
    public static Div body(CaseStanding standing, List<StepRecordRow> records, Locale locale, Component main) {
        Div body = new Div(new Stepper(standing.procedure(), standing.currentOrdinal(), standing.status(), records,
                locale), main);
        body.addClassName("portal-case-body");
        return body;
    }

    /** 办理记录, each attachment fetched from {@code attachment} (by its id) only when clicked. */
    public static StepRecordList records(List<StepRecordRow> records, Locale locale,
                                         LongFunction<StoredFile> attachment) {
        return new StepRecordList(records, locale, id -> Downloads.stored(() -> attachment.apply(id)));
    }
}
