package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import java.util.function.Supplier;

/** A toolbar button to one of a plan's screens (its statistics, its score entry), for the plan chosen when clicked. */
final class PlanLink {

    private PlanLink() {
    }

    static Button to(Class<? extends Component> view, String labelKey, String id, Supplier<Long> planId) {
        Button b = new Button(UI.getCurrent().getTranslation(labelKey));
        b.setId(id);
        b.addClickListener(e -> {
            Long plan = planId.get();
            if (plan != null) {
                b.getUI().ifPresent(ui -> ui.navigate(view, new RouteParameters("planId", String.valueOf(plan))));
            }
        });
        return b;
    }
}
