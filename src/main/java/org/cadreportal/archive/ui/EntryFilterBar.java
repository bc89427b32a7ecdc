package org.cadreportal.archive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.org.UnitNode;

/** The archive's filters; each grid shows those it needs and gets a new {@link EntryFilter} on every change. */
class EntryFilterBar extends HorizontalLayout {

    enum Part { TEXT, UNIT, PERIOD, FIELD, LEVEL, CATEGORY, STATUS }

    private final TextField text = new TextField();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<PeriodRow> period = new Select<>();
    private final Select<TermRow> field = new Select<>();
    private final Select<TermRow> level = new Select<>();
    private final Select<TermRow> category = new Select<>();
    private final Select<EntryStatus> status = new Select<>();
    private final Long cadreId;

    EntryFilterBar(ArchiveService archive, List<UnitNode> units, Long cadreId, Consumer<EntryFilter> changed,
                   Part... parts) {
        this.cadreId = cadreId;
        addClassName("portal-filter-bar");
        List<Part> shown = List.of(parts);
        SearchField.configure(text, "archive.filter.text", "archive.filter.textHint", "archive-search");
        text.setWidth("14em");
        FilterSelects.configure(unit, units, UnitNode::indentedName, "archive.field.unit", "12em")
                .setId("archive-unit-filter");
        FilterSelects.configure(period, archive.periods(), p -> p.name(getLocale()), "archive.field.period", "11em");
        period.setId("archive-period-filter");
        FilterSelects.configure(field, archive.terms(TermKind.FIELD, false), t -> t.name(getLocale()),
                "archive.field.field", "8em");
        field.setId("archive-field-filter");
        FilterSelects.configure(level, archive.terms(TermKind.LEVEL, false), t -> t.name(getLocale()),
                "archive.field.level", "8em");
        FilterSelects.configure(category, archive.terms(TermKind.CATEGORY, false), t -> t.name(getLocale()),
                "archive.field.category", "8em");
        FilterSelects.configure(status, List.of(EntryStatus.values()), s -> getTranslation(s.labelKey()),
                "archive.field.status", "7em");
        status.setId("archive-status-filter");
        // In the order of Part: every filter reports a change, only the parts asked for are shown.
        List<Component> inputs = List.of(text, unit, period, field, level, category, status);
        for (Part part : Part.values()) {
            Component input = inputs.get(part.ordinal());
            ((HasValue<?, ?>) input).addValueChangeListener(e -> changed.accept(filter()));
            if (shown.contains(part)) {
                add(input);
            }
        }
    }

    EntryFilter filter() {
        return new EntryFilter(text.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                period.getValue() == null ? null : period.getValue().id(), id(field), id(level), id(category),
                status.getValue(), cadreId);
    }

    private static Long id(Select<TermRow> select) {
        return select.getValue() == null ? null : select.getValue().id();
    }

}
