package org.cadreportal.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cadreportal.base.CalendarDayRow;
import org.cadreportal.base.DayKind;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.WorkingCalendar;

/**
 * 节假日与调休: the administrator keeps one year at a time of public holidays and make-up working days,
 * which every deadline counted in working days skips or counts. (The shared kernel does not depend on
 * the security feature, so the role is named here as {@code AppRoles.ADMIN} spells it.)
 */
@Route("admin/calendar")
@RolesAllowed("ADMIN")
@Menu(title = "menu.calendar", order = 98, icon = "vaadin:calendar-o")
public class CalendarAdminView extends Div implements HasDynamicTitle {

    /** Years offered before and after the current one: past years for the record, the next to prepare it. */
    private static final int YEARS_BACK = 5;
    private static final int YEARS_AHEAD = 2;

    private final WorkingCalendar calendar;
    private final Select<Integer> year = new Select<>();
    private final Span summary = new Span();
    private final Grid<CalendarDayRow> grid = new Grid<>(CalendarDayRow.class, false);

    public CalendarAdminView(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        int current = LocalDate.now(clock).getYear();
        addClassName("portal-page");
        Button add = ViewToolbar.create("calendar.add", "calendar-add", e -> edit(null));
        add(new ViewToolbar(getTranslation("calendar.title"), add));

        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(IntStream.rangeClosed(current - YEARS_BACK, current + YEARS_AHEAD).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setWidth("8em");
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        Span hint = new Span(getTranslation("calendar.hint"));
        hint.addClassName("portal-record-who");
        HorizontalLayout bar = new HorizontalLayout(year, hint);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("portal-filter-bar");
        add(bar);

        configureGrid();
        summary.setId("calendar-summary");
        add(summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("calendar-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CalendarDayRow::day).setHeader(getTranslation("calendar.field.day"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(d -> d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("calendar.field.weekday")).setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(this::kind).setHeader(getTranslation("calendar.field.kind"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(CalendarDayRow::name).setHeader(getTranslation("calendar.field.name")).setFlexGrow(1);
        grid.addComponentColumn(d -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(d));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation("action.delete"), e -> confirmDelete(d));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(edit, delete);
            actions.setSpacing(false);
            return actions;
        }).setWidth("10em").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("calendar.empty"));
    }

    private Span kind(CalendarDayRow d) {
        Span tag = new Span(getTranslation(d.kind().labelKey()));
        tag.addClassNames("portal-tag", d.kind() == DayKind.HOLIDAY ? "portal-tag-open" : "portal-tag-info");
        return tag;
    }

    private void refresh() {
        Integer shown = year.getValue();
        List<CalendarDayRow> days = shown == null ? List.of() : calendar.days(shown);
        grid.setItems(days);
        long holidays = days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        summary.setText(shown == null ? ""
                : getTranslation("calendar.summary", String.valueOf(shown), holidays, days.size() - holidays));
    }

    /** Shows the year of a day just saved, adding it to the choice if it lies outside the years offered. */
    private void show(LocalDate day) {
        int saved = day.getYear();
        if (year.getListDataView().getItems().noneMatch(y -> y == saved)) {
            year.setItems(IntStream.concat(year.getListDataView().getItems().mapToInt(Integer::intValue),
                    IntStream.of(saved)).sorted().boxed().toList());
        }
        if (Integer.valueOf(saved).equals(year.getValue())) {
            refresh();
        } else {
            year.setValue(saved);
        }
    }

    /** Adds a day ({@code row} null) or changes the kind and name of one; the date of an entry stays. */
    private void edit(CalendarDayRow row) {
        Binder<Entry> binder = new Binder<>();
        DatePicker day = new DatePicker(getTranslation("calendar.field.day"));
        day.setId("calendar-day");
        day.setRequiredIndicatorVisible(true);
        binder.forField(day).bind(Entry::getDay, Entry::setDay);
        Select<DayKind> kind = Choices.select("calendar.field.kind", "calendar-kind", DayKind::labelKey,
                DayKind.values());
        kind.setRequiredIndicatorVisible(true);
        binder.forField(kind).bind(Entry::getKind, Entry::setKind);
        TextField name = new TextField(getTranslation("calendar.field.name"));
        name.setId("calendar-name");
        name.setPlaceholder(getTranslation("calendar.field.nameHint"));
        name.setMaxLength(50);
        name.setRequiredIndicatorVisible(true);
        binder.forField(name).bind(Entry::getName, Entry::setName);
        FormLayout form = new FormLayout(day, kind, name);
        form.setColspan(name, 2);

        Entry bean = new Entry();
        if (row == null) {
            bean.setKind(DayKind.HOLIDAY);
            if (year.getValue() != null) {
                day.setInitialPosition(LocalDate.of(year.getValue(), 1, 1));
            }
        } else {
            bean.setDay(row.day());
            bean.setKind(row.kind());
            bean.setName(row.name());
            day.setReadOnly(true);
        }
        Map<String, HasValidation> fields = Map.of("day", day, "kind", kind, "name", name);
        EditDialog.open(getTranslation(row == null ? "calendar.add" : "calendar.edit"), form, binder, bean,
                b -> calendar.save(b.getDay(), row == null ? null : row.version(), b.getKind(), b.getName()),
                () -> show(bean.getDay()), fields);
    }

    private void confirmDelete(CalendarDayRow row) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("calendar.delete.title"),
                getTranslation("calendar.delete.text", row.day().toString(), row.name()),
                getTranslation("action.delete"), e -> {
                    try {
                        calendar.delete(row.day(), row.version());
                        Notices.success("calendar.notice.deleted");
                    } catch (PortalException ex) {
                        Notices.error(ex);
                    }
                    refresh();
                }, getTranslation("action.cancel"), e -> { });
        confirm.setId("calendar-delete-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.title");
    }

    /** What the dialog edits; the service checks it again. */
    static final class Entry {

        private LocalDate day;
        private DayKind kind;
        private String name;

        LocalDate getDay() {
            return day;
        }

        void setDay(LocalDate day) {
            this.day = day;
        }

        DayKind getKind() {
            return kind;
        }

        void setKind(DayKind kind) {
            this.kind = kind;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }
    }
}
