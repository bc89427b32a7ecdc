package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/** A filter's drop-down: its values, "全部" for no filter, and a width that fits the filter bar. */
public final class FilterSelects {

    private FilterSelects() {
    }

    public static <T> void configure(Select<T> select, List<T> values, Function<T, String> label, String labelKey,
                                     String width) {
        UI ui = UI.getCurrent();
        select.setLabel(ui.getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(ui.getTranslation("filter.all"));
        select.setItemLabelGenerator(v -> v == null ? ui.getTranslation("filter.all") : label.apply(v));
        select.setWidth(width);
    }
}
