package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.ReferenceForm;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.base.ui.EditDialog;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.AppRoles;

/** 情形与调整方式: the administrator's lists of situations and adjustment methods. */
@Route("admin/adjustment-reference")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.adjustmentReference", order = 93, icon = "vaadin:list")
public class ReferenceAdminView extends Div implements HasDynamicTitle {

    private final AdjustmentService cases;

    private interface Saver {
        ReferenceRow save(Long id, Integer version, ReferenceForm form);
    }

    public ReferenceAdminView(AdjustmentService cases) {
        this.cases = cases;
        addClassName("portal-page");
        render();
    }

    private void render() {
        removeAll();
        add(new ViewToolbar(getTranslation("adjustment.reference.title")));
        section("adjustment.reference.situations", () -> cases.situations(false), cases::saveSituation, false);
        section("adjustment.reference.methods", () -> cases.methods(false), cases::saveMethod, true);
    }

    private void section(String titleKey, Supplier<List<ReferenceRow>> rows, Saver saver, boolean methods) {
        Grid<ReferenceRow> grid = new Grid<>(ReferenceRow.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ReferenceRow::sortOrder).setHeader("#").setWidth("3em").setFlexGrow(0);
        grid.addColumn(ReferenceRow::nameZh).setHeader(getTranslation("workflow.field.nameZh")).setFlexGrow(2);
        grid.addColumn(ReferenceRow::nameEn).setHeader(getTranslation("workflow.field.nameEn")).setFlexGrow(2);
        if (methods) {
            grid.addColumn(ReferenceRow::impactMonths).setHeader(getTranslation("adjustment.field.impactMonths"));
        }
        grid.addColumn(r -> getTranslation(r.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("adjustment.field.active"));
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(r, saver, methods));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setWidth("6em").setFlexGrow(0);
        grid.setItems(rows.get());
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("adjustment.reference.add"), new Icon(VaadinIcon.PLUS),
                e -> edit(null, saver, methods));
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation(titleKey)), add);
        head.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(head, grid);
    }

    private void edit(ReferenceRow row, Saver saver, boolean methods) {
        BeanValidationBinder<ReferenceForm> binder = new BeanValidationBinder<>(ReferenceForm.class);
        TextField nameZh = new TextField(getTranslation("workflow.field.nameZh"));
        binder.forField(nameZh).bind("nameZh");
        TextField nameEn = new TextField(getTranslation("workflow.field.nameEn"));
        binder.forField(nameEn).bind("nameEn");
        IntegerField order = new IntegerField(getTranslation("adjustment.field.sortOrder"));
        binder.forField(order).withNullRepresentation(0).bind("sortOrder");
        Checkbox active = new Checkbox(getTranslation("adjustment.field.active"));
        binder.forField(active).bind("active");
        FormLayout layout = new FormLayout(nameZh, nameEn, order, active);
        if (methods) {
            IntegerField months = new IntegerField(getTranslation("adjustment.field.impactMonths"));
            binder.forField(months).withNullRepresentation(0).bind("impactMonths");
            layout.add(months);
        }
        ReferenceForm form = row == null ? new ReferenceForm() : ReferenceForm.of(row);
        EditDialog.open(getTranslation(row == null ? "adjustment.reference.add" : "action.edit"), layout, binder, form,
                f -> saver.save(row == null ? null : row.id(), row == null ? null : row.version(), f), this::render);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adjustment.reference.title") + " · " + getTranslation("app.title");
    }
}
