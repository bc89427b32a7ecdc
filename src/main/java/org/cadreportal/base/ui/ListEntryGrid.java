package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.cadreportal.base.ListEntryForm;

/**
 * An administrator's reference list (place, both names, offered or not, an edit button a row), and the
 * fields that edit one of its entries. Every admin page with such lists shows and edits them alike.
 */
public class ListEntryGrid<R> extends Grid<R> {

    private final Column<R> active;
    private final Column<R> edit;

    public ListEntryGrid(List<R> rows, ToIntFunction<R> order, Function<R, String> nameZh, Function<R, String> nameEn,
                         Predicate<R> offered, Consumer<R> onEdit) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(order::applyAsInt).setHeader("#").setWidth("3em").setFlexGrow(0);
        addColumn(nameZh::apply).setHeader(getTranslation("workflow.field.nameZh")).setFlexGrow(2);
        addColumn(nameEn::apply).setHeader(getTranslation("workflow.field.nameEn")).setFlexGrow(2);
        active = addColumn(r -> getTranslation(offered.test(r) ? "common.yes" : "common.no"))
                .setHeader(getTranslation("adjustment.field.active"));
        edit = editColumn(this, onEdit);
        setItems(rows);
        setAllRowsVisible(true);
    }

    /** A column of this list's own (such as a method's impact months), shown before 启用. */
    public Column<R> addExtraColumn(ValueProvider<R, ?> value, String header) {
        Column<R> column = addColumn(value).setHeader(header);
        List<Column<R>> order = new ArrayList<>(getColumns());
        order.remove(active);
        order.remove(edit);
        order.add(active);
        order.add(edit);
        setColumnOrder(order);
        return column;
    }

    /** The 编辑 button a row that ends an administrator's grid, this list's or another's (steps, periods). */
    public static <R> Column<R> editColumn(Grid<R> grid, Consumer<R> onEdit) {
        return grid.addComponentColumn(r -> {
            Button button = new Button(grid.getTranslation("action.edit"), e -> onEdit.accept(r));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return button;
        }).setWidth("6em").setFlexGrow(0);
    }

    /** The heading over such a list, with the button that adds an entry to it; {@code addId} may be null. */
    public static HorizontalLayout head(String titleKey, String addKey, String addId, Runnable add) {
        Button button = new Button(t(addKey), new Icon(VaadinIcon.PLUS), e -> add.run());
        if (addId != null) {
            button.setId(addId);
        }
        HorizontalLayout head = new HorizontalLayout(new H3(t(titleKey)), button);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        return head;
    }

    /** 中文名称, 英文名称, 排序, 启用 bound to the binder, in a form layout the caller may add to. */
    public static <F extends ListEntryForm> FormLayout fields(Binder<F> binder) {
        TextField nameZh = new TextField(t("workflow.field.nameZh"));
        nameZh.setId("list-entry-name-zh");
        binder.forField(nameZh).bind("nameZh");
        TextField nameEn = new TextField(t("workflow.field.nameEn"));
        nameEn.setId("list-entry-name-en");
        binder.forField(nameEn).bind("nameEn");
        IntegerField order = new IntegerField(t("adjustment.field.sortOrder"));
        order.setId("list-entry-order");
        binder.forField(order).withNullRepresentation(0).bind("sortOrder");
        Checkbox active = new Checkbox(t("adjustment.field.active"));
        active.setId("list-entry-active");
        binder.forField(active).bind("active");
        return new FormLayout(nameZh, nameEn, order, active);
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
