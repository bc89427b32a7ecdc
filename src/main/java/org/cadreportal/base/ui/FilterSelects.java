package org.cadreportal.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/** A filter's drop-down: its values, "全部" for no filter, and a width that fits the filter bar. */
public final class FilterSelects {

    private FilterSelects() {
    }

    public static <T> Select<T> configure(Select<T> select, List<T> values, Function<T, String> label, String labelKey,
                                          String width) {
        UI ui = UI.getCurrent();
        select.setLabel(ui.getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(ui.getTranslation("filter.all"));
        select.setItemLabelGenerator(v -> v == null ? ui.getTranslation("filter.all") : label.apply(v));
        select.setWidth(width);
        return select;
    }

    /** A filter too long for a drop-down (units, situations): typed into, cleared for no filter. */
    public static <T> ComboBox<T> configure(ComboBox<T> box, List<T> values, ItemLabelGenerator<T> label,
                                            String labelKey, String width) {
        box.setLabel(UI.getCurrent().getTranslation(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(label);
        box.setClearButtonVisible(true);
        box.setWidth(width);
        return box;
    }

    /** A from–to pair of dates: neither can be set past the other. */
    public static void range(DatePicker from, String fromKey, String fromId, DatePicker to, String toKey, String toId,
                             String width) {
        UI ui = UI.getCurrent();
        from.setLabel(ui.getTranslation(fromKey));
        to.setLabel(ui.getTranslation(toKey));
        for (DatePicker picker : List.of(from, to)) {
            picker.setWidth(width);
            picker.setClearButtonVisible(true);
        }
        from.setId(fromId);
        to.setId(toId);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
    }
}
