package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.EditDialog;
import org.cadreportal.base.ui.ListEntryGrid;
import org.cadreportal.base.ui.RedrawnPage;
import org.cadreportal.security.AppRoles;
import org.cadreportal.tolerance.CategoryForm;
import org.cadreportal.tolerance.CategoryRow;
import org.cadreportal.tolerance.ExemptionForm;
import org.cadreportal.tolerance.ExemptionRow;
import org.cadreportal.tolerance.ToleranceService;

/**
 * 容错类别与免责清单: the administrator's lists of the categories of tolerable errors and the items of the
 * 免责减责清单. An entry no longer offered stays on the applications that named it.
 */
@Route("admin/tolerance-reference")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.toleranceReference", order = 97, icon = "vaadin:list-ol")
public class ToleranceReferenceView extends RedrawnPage {

    private final ToleranceService tolerance;

    public ToleranceReferenceView(ToleranceService tolerance) {
        super("tolerance.reference.title");
        this.tolerance = tolerance;
        render();
    }

    @Override
    protected void draw() {
        List<CategoryRow> categories = tolerance.categories(false);
        ListEntryGrid<CategoryRow> categoryGrid = new ListEntryGrid<>(categories, CategoryRow::sortOrder,
                CategoryRow::nameZh, CategoryRow::nameEn, CategoryRow::active, this::editCategory);
        categoryGrid.setId("tolerance-categories");
        // Each list in a section of its own: a page's grids would otherwise share its height and scroll.
        add(new Div(ListEntryGrid.head("tolerance.reference.categories", "adjustment.reference.add", "add-category",
                () -> editCategory(null)), categoryGrid));

        Map<Long, CategoryRow> byId = categories.stream().collect(Collectors.toMap(CategoryRow::id, Function.identity()));
        ListEntryGrid<ExemptionRow> exemptionGrid = new ListEntryGrid<>(tolerance.exemptions(false),
                ExemptionRow::sortOrder, ExemptionRow::nameZh, ExemptionRow::nameEn, ExemptionRow::active,
                r -> editExemption(r, categories));
        exemptionGrid.setId("tolerance-exemptions");
        exemptionGrid.addExtraColumn(r -> r.categoryId() == null || !byId.containsKey(r.categoryId()) ? "—"
                : byId.get(r.categoryId()).name(getLocale()), getTranslation("tolerance.field.category"));
        add(new Div(ListEntryGrid.head("tolerance.reference.exemptions", "adjustment.reference.add", "add-exemption",
                () -> editExemption(null, categories)), exemptionGrid));
    }

    private void editCategory(CategoryRow row) {
        BeanValidationBinder<CategoryForm> binder = Binders.of(CategoryForm.class);
        FormLayout layout = ListEntryGrid.fields(binder);
        CategoryForm form = row == null ? new CategoryForm() : CategoryForm.of(row);
        EditDialog.open(getTranslation(row == null ? "adjustment.reference.add" : "action.edit"), layout, binder, form,
                f -> tolerance.saveCategory(row == null ? null : row.id(), row == null ? null : row.version(), f),
                this::render);
    }

    private void editExemption(ExemptionRow row, List<CategoryRow> categories) {
        BeanValidationBinder<ExemptionForm> binder = Binders.of(ExemptionForm.class);
        FormLayout layout = ListEntryGrid.fields(binder);
        Select<CategoryRow> category = new Select<>();
        category.setLabel(getTranslation("tolerance.field.category"));
        category.setId("exemption-category");
        category.setItems(categories);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("tolerance.reference.noCategory"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("tolerance.reference.noCategory")
                : c.name(getLocale()));
        binder.forField(category).withConverter(Converter.<CategoryRow, Long>from(
                        c -> Result.ok(c == null ? null : c.id()),
                        id -> id == null ? null : categories.stream().filter(c -> c.id() == id).findFirst().orElse(null)))
                .bind("categoryId");
        layout.add(category);
        ExemptionForm form = row == null ? new ExemptionForm() : ExemptionForm.of(row);
        EditDialog.open(getTranslation(row == null ? "adjustment.reference.add" : "action.edit"), layout, binder, form,
                f -> tolerance.saveExemption(row == null ? null : row.id(), row == null ? null : row.version(), f),
                this::render, Map.of("categoryId", category));
    }
}
