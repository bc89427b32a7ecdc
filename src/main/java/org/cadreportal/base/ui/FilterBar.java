package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * A list's filter bar: every filter refreshes the list when it changes, and 重置筛选 clears them all.
 * The fields are laid out in the order given, the reset button last.
 */
public final class FilterBar {

    private FilterBar() {
    }

    public static HorizontalLayout of(Runnable refresh, HasValue<?, ?>... filters) {
        List<Component> parts = new ArrayList<>();
        for (HasValue<?, ?> filter : filters) {
            filter.addValueChangeListener(e -> refresh.run());
            parts.add((Component) filter);
        }
        Button reset = new Button(parts.getFirst().getTranslation("action.resetFilters"), e -> {
            for (HasValue<?, ?> filter : filters) {
                filter.clear();
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        parts.add(reset);
        HorizontalLayout bar = new HorizontalLayout(parts.toArray(Component[]::new));
        bar.addClassName("portal-filter-bar");
        return bar;
    }
}
