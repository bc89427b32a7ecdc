package org.cadreportal.archive.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.EditDialog;
import org.cadreportal.base.ui.ListEntryGrid;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.security.AppRoles;

/** 填报周期: the administrator sets up each period, the time it covers, its deadline and who must file. */
@Route("admin/periods")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.periods", order = 96, icon = "vaadin:calendar")
public class PeriodAdminView extends Div implements HasDynamicTitle {

    private final ArchiveService archive;
    private final Clock clock;
    private final Grid<PeriodRow> grid = new Grid<>(PeriodRow.class, false);

    public PeriodAdminView(ArchiveService archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
        addClassName("portal-page");
        Button create = ViewToolbar.create("archive.periods.create", "create-period", e -> edit(null));
        add(new ViewToolbar(getTranslation("archive.periods.title"), create));
        configureGrid();
        add(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("period-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> p.name(getLocale())).setHeader(getTranslation("archive.period.name")).setFlexGrow(2);
        grid.addColumn(p -> p.startsOn() + " — " + p.endsOn()).setHeader(getTranslation("archive.period.covers"))
                .setWidth("13em").setFlexGrow(0);
        grid.addColumn(PeriodRow::deadline).setHeader(getTranslation("archive.period.deadline"))
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(p -> p.categories().stream().sorted().map(c -> getTranslation(c.labelKey()))
                .collect(Collectors.joining(getTranslation("common.separator"))))
                .setHeader(getTranslation("archive.period.categories")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("archive.period.state"))
                .setWidth("6em").setFlexGrow(0);
        ListEntryGrid.editColumn(grid, this::edit);
        grid.setEmptyStateText(getTranslation("archive.periods.empty"));
    }

    /** 填报中 until the end of the deadline day, 已截止 after it. */
    private Span state(PeriodRow p) {
        boolean open = p.openOn(LocalDate.now(clock));
        Span tag = new Span(getTranslation(open ? "archive.period.open" : "archive.period.closed"));
        tag.addClassNames("portal-tag", open ? "portal-tag-active" : "portal-tag-retired");
        return tag;
    }

    private void refresh() {
        grid.setItems(archive.periods());
    }

    private void edit(PeriodRow row) {
        BeanValidationBinder<PeriodForm> binder = Binders.of(PeriodForm.class);
        TextField nameZh = new TextField(getTranslation("archive.period.nameZh"));
        nameZh.setId("period-name-zh");
        nameZh.setPlaceholder(getTranslation("archive.period.nameZhHint"));
        binder.forField(nameZh).bind("nameZh");
        TextField nameEn = new TextField(getTranslation("archive.period.nameEn"));
        nameEn.setId("period-name-en");
        nameEn.setPlaceholder(getTranslation("archive.period.nameEnHint"));
        binder.forField(nameEn).bind("nameEn");
        DatePicker startsOn = date("period-starts-on", "archive.period.startsOn");
        binder.forField(startsOn).bind("startsOn");
        DatePicker endsOn = date("period-ends-on", "archive.period.endsOn");
        binder.forField(endsOn).bind("endsOn");
        DatePicker deadline = date("period-deadline", "archive.period.deadline");
        binder.forField(deadline).bind("deadline");
        CheckboxGroup<CadreCategory> categories = new CheckboxGroup<>(getTranslation("archive.period.categories"));
        categories.setId("period-categories");
        categories.setItems(CadreCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        binder.forField(categories).bind("categories");
        FormLayout form = new FormLayout(nameZh, nameEn, startsOn, endsOn, deadline, categories);
        form.setColspan(categories, 2);

        PeriodForm bean = new PeriodForm();
        if (row != null) {
            bean.setNameZh(row.nameZh());
            bean.setNameEn(row.nameEn());
            bean.setStartsOn(row.startsOn());
            bean.setEndsOn(row.endsOn());
            bean.setDeadline(row.deadline());
            bean.setCategories(row.categories());
        }
        Map<String, HasValidation> fields = Map.of("nameZh", nameZh, "nameEn", nameEn, "startsOn", startsOn,
                "endsOn", endsOn, "deadline", deadline, "categories", categories);
        EditDialog.open(getTranslation(row == null ? "archive.periods.create" : "archive.periods.edit"), form, binder,
                bean, f -> archive.savePeriod(row == null ? null : row.id(), row == null ? null : row.version(), f),
                this::refresh, fields);
    }

    private DatePicker date(String id, String labelKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.periods.title") + " · " + getTranslation("app.title");
    }
}
