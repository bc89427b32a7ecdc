package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.ReferenceForm;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.EditDialog;
import org.cadreportal.base.ui.ListEntryGrid;
import org.cadreportal.base.ui.RedrawnPage;
import org.cadreportal.security.AppRoles;

/** 情形与调整方式: the administrator's lists of situations and adjustment methods. */
@Route("admin/adjustment-reference")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.adjustmentReference", order = 93, icon = "vaadin:list")
public class ReferenceAdminView extends RedrawnPage {

    private final AdjustmentService cases;

    private interface Saver {
        ReferenceRow save(Long id, Integer version, ReferenceForm form);
    }

    public ReferenceAdminView(AdjustmentService cases) {
        super("adjustment.reference.title");
        this.cases = cases;
        render();
    }

    @Override
    protected void draw() {
        section("adjustment.reference.situations", () -> cases.situations(false), cases::saveSituation, false);
        section("adjustment.reference.methods", () -> cases.methods(false), cases::saveMethod, true);
    }

    private void section(String titleKey, Supplier<List<ReferenceRow>> rows, Saver saver, boolean methods) {
        ListEntryGrid<ReferenceRow> grid = new ListEntryGrid<>(rows.get(), ReferenceRow::sortOrder,
                ReferenceRow::nameZh, ReferenceRow::nameEn, ReferenceRow::active, r -> edit(r, saver, methods));
        if (methods) {
            grid.addExtraColumn(ReferenceRow::impactMonths, getTranslation("adjustment.field.impactMonths"));
        } else {
            grid.addExtraColumn(r -> getTranslation(r.barsPromotion() ? "common.yes" : "common.no"),
                    getTranslation("adjustment.field.barsPromotion"));
        }
        add(ListEntryGrid.head(titleKey, "adjustment.reference.add", null, () -> edit(null, saver, methods)), grid);
    }

    private void edit(ReferenceRow row, Saver saver, boolean methods) {
        BeanValidationBinder<ReferenceForm> binder = Binders.of(ReferenceForm.class);
        FormLayout layout = ListEntryGrid.fields(binder);
        if (methods) {
            IntegerField months = new IntegerField(getTranslation("adjustment.field.impactMonths"));
            binder.forField(months).withNullRepresentation(0).bind("impactMonths");
            layout.add(months);
        } else {
            Checkbox bars = new Checkbox(getTranslation("adjustment.field.barsPromotion"));
            bars.setTooltipText(getTranslation("adjustment.field.barsPromotionHint"));
            binder.forField(bars).bind("barsPromotion");
            layout.add(bars);
        }
        ReferenceForm form = row == null ? new ReferenceForm() : ReferenceForm.of(row);
        EditDialog.open(getTranslation(row == null ? "adjustment.reference.add" : "action.edit"), layout, binder, form,
                f -> saver.save(row == null ? null : row.id(), row == null ? null : row.version(), f), this::render);
    }
}
