package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;

/**
 * The moves on a case that need a reason (send back, terminate, close as improved), each confirmed first.
 * A refusal about the reason (too long, empty) is shown on the reason field and the dialog stays open.
 */
public final class ReasonDialog {

    private ReasonDialog() {
    }

    /** @param move returns true when the move went through (the dialog then closes) */
    public static void reason(String titleKey, String warningKey, Predicate<String> move) {
        Dialog dialog = base(titleKey, warningKey);
        TextArea reason = reasonField();
        dialog.add(reason);
        footer(dialog, () -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(UI.getCurrent().getTranslation("validation.required"));
                reason.setInvalid(true);
                return;
            }
            try {
                if (move.test(reason.getValue())) {
                    dialog.close();
                }
            } catch (FieldException ex) {
                reason.setErrorMessage(UI.getCurrent().getTranslation(ex.messageKey(), ex.args()));
                reason.setInvalid(true);
            }
        });
        dialog.open();
    }

    /**
     * Back to one of the steps before the current one (never to the first, which opened the case).
     *
     * @param move gets the target step's ordinal and the reason; true when the move went through
     */
    public static void sendBack(ProcedureDefinition procedure, int currentOrdinal, BiPredicate<Integer, String> move) {
        Dialog dialog = base("workflow.sendBack.title", "workflow.sendBack.confirm");
        UI ui = UI.getCurrent();
        Select<StepDefinition> target = new Select<>();
        target.setLabel(ui.getTranslation("workflow.field.target"));
        target.setId("send-back-target");
        List<StepDefinition> earlier = procedure.steps().stream()
                .filter(s -> s.ordinal() >= 2 && s.ordinal() < currentOrdinal).toList();
        target.setItems(earlier);
        target.setItemLabelGenerator(s -> s == null ? "" : s.ordinal() + ". " + s.name(ui.getLocale()));
        target.setValue(earlier.getLast());
        target.setWidthFull();
        TextArea reason = reasonField();
        dialog.add(target, reason);
        footer(dialog, () -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(ui.getTranslation("validation.required"));
                reason.setInvalid(true);
                return;
            }
            try {
                if (move.test(target.getValue().ordinal(), reason.getValue())) {
                    dialog.close();
                }
            } catch (FieldException ex) {
                reason.setErrorMessage(ui.getTranslation(ex.messageKey(), ex.args()));
                reason.setInvalid(true);
            }
        });
        dialog.open();
    }

    private static Dialog base(String titleKey, String warningKey) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation(titleKey));
        dialog.setWidth("min(560px, 95vw)");
        dialog.add(new Paragraph(ui.getTranslation(warningKey)));
        return dialog;
    }

    private static TextArea reasonField() {
        TextArea reason = new TextArea(UI.getCurrent().getTranslation("workflow.field.reason"));
        reason.setId("move-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequired(true);
        return reason;
    }

    /** 取消, and 确认 in red: each of these moves sends a case back or ends it. */
    private static void footer(Dialog dialog, Runnable confirmed) {
        DialogButtons.of(dialog, "action.confirm", "move-confirm", e -> confirmed.run())
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
}
