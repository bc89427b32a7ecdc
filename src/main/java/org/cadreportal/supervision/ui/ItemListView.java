package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.SupervisionReaders;
import org.cadreportal.supervision.AspectRow;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.InvestmentSums;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.ProjectFactsService;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.SupervisionService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** 大督办: every item in the user's scope with its light, filtered and sorted in the database. */
@Route("supervision")
@SupervisionReaders
@Menu(title = "menu.supervision", order = 30, icon = "vaadin:flag")
public class ItemListView extends RecordListView<ItemRow, ItemFilter> implements BeforeEnterObserver {

    private final SupervisionService items;
    private final TextField search = new TextField();
    private final Select<AspectRow> section = new Select<>();
    private final Select<AspectRow> aspect = new Select<>();
    private final Select<ControlMethod> method = new Select<>();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<Light> light = new Select<>();
    private final Select<ItemStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Clock clock;
    private final FactsFilters facts;

    public ItemListView(SupervisionService items, CadreService cadres, OrgService org, CurrentUsers users, Clock clock,
                        ProjectFactsService projectFacts) {
        super(ItemRow.class, "supervision.list", ItemFilter.all());
        this.items = items;
        this.facts = new FactsFilters(projectFacts);
        this.clock = clock;
        CurrentUser user = users.require();
        List<UnitNode> units = org.subtree(user.scopeUnitId());
        HorizontalLayout actions = new HorizontalLayout();
        if (user.has(Role.SUPERVISION)) {
            actions.add(ViewToolbar.create("supervision.action.create", "create-item",
                    e -> new ItemDialog(items, cadres, units, null, d -> getUI()
                            .ifPresent(ui -> ui.navigate(ItemView.class, d.id()))).open()));
        }
        Button gantt = new Button(getTranslation("supervision.action.gantt"), new Icon(VaadinIcon.BAR_CHART_H),
                e -> showGantt());
        gantt.setId("items-gantt");
        actions.add(gantt);
        if (!user.has(Role.CLERK) || user.roles().size() > 1) {
            actions.add(export("supervision-items.xlsx", items::exportExcel, null));
        }
        head(actions, filters(units));
        ItemColumns.configure(grid, true);
        grid.setItems(q -> projectFacts.page(filter(), facts.filter(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream(), q -> {
            InvestmentSums sums = projectFacts.sums(filter(), facts.filter());
            total.setText(getTranslation("supervision.list.total", sums.items()));
            facts.show(sums);
            return (int) sums.items();
        });
        show("item-grid", new Div(total, new Span(" "), facts.sums()));
        grid.setMultiSort(true);
        opens(ItemView.class, ItemRow::id);
    }

    private HorizontalLayout filters(List<UnitNode> units) {
        SearchField.configure(search, "adjustment.filter.search", "supervision.filter.searchHint", "item-search");
        List<AspectRow> aspects = items.aspects();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        FilterSelects.configure(section, aspects.stream().filter(a -> seen.add(a.sectionId())).toList(),
                a -> a.section(getLocale()), "supervision.field.section", "7em");
        section.setId("item-section-filter");
        FilterSelects.configure(aspect, aspects, a -> a.section(getLocale()) + " · " + a.name(getLocale()),
                "supervision.field.aspect", "12em");
        FilterSelects.configure(method, List.of(ControlMethod.values()), m -> getTranslation(m.labelKey()),
                "supervision.field.method", "8em");
        FilterSelects.configure(light, List.of(Light.values()), l -> getTranslation(l.labelKey()),
                "supervision.field.light", "6em");
        light.setId("item-light-filter");
        FilterSelects.configure(status, List.of(ItemStatus.values()), s -> getTranslation(s.labelKey()),
                "supervision.field.status", "6.5em");
        FilterSelects.configure(unit, units, UnitNode::indentedName, "supervision.field.leadUnit", "11em");
        overdue.setLabel(getTranslation("adjustment.filter.overdue"));
        return FilterBar.of(this::refresh, search, section, aspect, method, unit, light, status, facts.leader(),
                facts.started(), facts.registered(), overdue);
    }

    private void refresh() {
        refresh(new ItemFilter(search.getValue(), section.getValue() == null ? null : section.getValue().sectionId(),
                aspect.getValue() == null ? null : aspect.getValue().id(),
                method.getValue(), unit.getValue() == null ? null : unit.getValue().id(), light.getValue(),
                status.getValue(), overdue.getValue()));
    }

    /**
     * A link may preset the status and light filters ({@code supervision?status=ONLINE&light=RED}), so that the
     * home page's waiting-work lines open the very list they count; an unknown value is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("status").flatMap(v -> constant(ItemStatus.class, v)).ifPresent(status::setValue);
        query.getSingleParameter("light").flatMap(v -> constant(Light.class, v)).ifPresent(light::setValue);
    }

    private static <E extends Enum<E>> java.util.Optional<E> constant(Class<E> type, String name) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The filtered items due soonest, as one Gantt chart (plan, progress, milestones, today). */
    private void showGantt() {
        List<GanttChart.Row> rows = items.page(filter(), PageRequest.of(0, 40, Sort.by("endDate"))).stream()
                .map(r -> new GanttChart.Row(r.itemNo() + " " + shorten(r.title()), r.startDate(), r.endDate(),
                        r.actualProgress(), r.light(), List.of()))
                .toList();
        Dialog d = new Dialog(GanttChart.draw(rows, LocalDate.now(clock), getTranslation("supervision.gantt.today")));
        d.setHeaderTitle(getTranslation("supervision.gantt.title"));
        d.setWidth("min(1100px, 96vw)");
        d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        d.open();
    }

    static String shorten(String title) {
        return title.length() > 12 ? title.substring(0, 12) + "…" : title;
    }
}
