package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadreportal.base.ui.ErrorText;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.security.UnitCatalog.UnitOption;

/**
 * The units of a group, ticked in the unit tree (indented by depth, in tree order) with a filter by name; each
 * unit already in another group of the plan says which, since the plan takes a unit in one group only.
 */
class UnitChooser extends Div implements ErrorText {

    private final Grid<UnitOption> grid = new Grid<>(UnitOption.class, false);
    private final Span chosen = new Span();
    private final Span error = new Span();
    private final ListDataProvider<UnitOption> data;

    UnitChooser(List<UnitOption> units, Map<Long, String> otherGroupOf, Collection<Long> selected) {
        TextField filter = SearchField.configure(new TextField(), "assessment.group.unitFilter",
                "assessment.group.unitFilterHint", "group-unit-filter");
        data = new ListDataProvider<>(units);
        grid.setId("group-units");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(o -> "\u3000".repeat(Math.max(0, o.depth())) + o.label())
                .setHeader(getTranslation("assessment.col.unitName")).setFlexGrow(3);
        grid.addColumn(o -> otherGroupOf.getOrDefault(o.id(), "")).setHeader(getTranslation("assessment.group.inGroup"));
        grid.setItems(data);
        grid.setHeight("320px");
        units.stream().filter(o -> selected.contains(o.id())).forEach(grid::select);
        grid.addSelectionListener(e -> count());
        filter.addValueChangeListener(e -> {
            String text = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            data.setFilter(o -> text.isEmpty() || o.label().toLowerCase(Locale.ROOT).contains(text));
        });
        error.addClassName("portal-text-danger");
        error.setVisible(false);
        count();
        add(filter, grid, chosen, error);
    }

    List<Long> unitIds() {
        return grid.getSelectedItems().stream().map(UnitOption::id).sorted().toList();
    }

    private void count() {
        chosen.setText(getTranslation("assessment.group.chosen", grid.getSelectedItems().size()));
    }

    @Override
    public HasText errorText() {
        return error;
    }
}
