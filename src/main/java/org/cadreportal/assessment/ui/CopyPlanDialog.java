package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;

/**
 * A plan copied into another year (by default the next): a new draft with its own copy of the library, groups,
 * weights and rules, so that changing it never changes the year it came from. It opens in the plan editor.
 */
class CopyPlanDialog extends Dialog {

    CopyPlanDialog(PlanService plans, List<PlanRow> all, PlanRow chosen) {
        setHeaderTitle(getTranslation("assessment.plan.copy"));
        Select<PlanRow> from = new Select<>();
        from.setId("copy-plan-from");
        from.setLabel(getTranslation("assessment.plan.copyFrom"));
        from.setItems(all);
        from.setItemLabelGenerator(p -> p.year() + " · " + p.name());
        IntegerField year = new IntegerField(getTranslation("assessment.plan.year"));
        year.setId("copy-plan-year");
        from.addValueChangeListener(e -> year.setValue(e.getValue() == null ? null : e.getValue().year() + 1));
        from.setValue(chosen != null ? chosen : all.isEmpty() ? null : all.get(0));
        add(new FormLayout(from, year), new Paragraph(getTranslation("assessment.plan.copyHelp")));
        DialogButtons.of(this, "assessment.plan.copy", "copy-plan-save", e -> {
            if (from.getValue() == null || year.getValue() == null) {
                year.setErrorMessage(getTranslation("validation.required"));
                year.setInvalid(year.getValue() == null);
                return;
            }
            FieldErrors.attempt(Map.of("year", year), () -> plans.copy(from.getValue().id(), year.getValue()))
                    .ifPresent(p -> {
                        Notices.success("assessment.plan.copied", String.valueOf(from.getValue().year()),
                                String.valueOf(p.year()));
                        close();
                        UI.getCurrent().navigate(PlanLibraryView.class,
                                new RouteParameters("planId", String.valueOf(p.id())));
                    });
        });
        setWidth("min(640px, 95vw)");
    }
}
