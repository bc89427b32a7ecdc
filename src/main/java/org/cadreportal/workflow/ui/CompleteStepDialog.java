package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.cadreportal.workflow.StepDefinition;

/** Completing a step cannot be undone: every case type asks the same question before it does. */
public final class CompleteStepDialog {

    private CompleteStepDialog() {
    }

    public static void open(StepDefinition step, Runnable complete) {
        UI ui = UI.getCurrent();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(ui.getTranslation("workflow.complete.title", step.name(ui.getLocale())));
        confirm.setText(ui.getTranslation("workflow.complete.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("workflow.action.complete"));
        confirm.addConfirmListener(e -> complete.run());
        confirm.open();
    }
}
