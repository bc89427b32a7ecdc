package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
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
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.cadreportal.tolerance.DisciplineFilter;
import org.cadreportal.tolerance.DisciplineRow;
import org.cadreportal.tolerance.DisciplineType;
import org.cadreportal.tolerance.ToleranceService;

/**
 * 回访教育: the disciplined cadres in the user's scope with their visits counted; a record with a visit
 * past its day and not made is marked overdue. Filtered and sorted in the database.
 */
@Route("tolerance/visits")
@CaseReaders
@Menu(title = "menu.visits", order = 28, icon = "vaadin:handshake")
public class VisitListView extends RecordListView<DisciplineRow, DisciplineFilter> {

    private final TextField search = new TextField();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<DisciplineType> type = new Select<>();
    private final Checkbox overdue = new Checkbox();

    public VisitListView(ToleranceService tolerance, CadreService cadres, OrgService org, CurrentUsers users) {
        super(DisciplineRow.class, "tolerance.visits", DisciplineFilter.all());
        CurrentUser user = users.require();
        HorizontalLayout actions = new HorizontalLayout();
        if (user.holds(OrganisationAndDiscipline.class)) {
            actions.add(ViewToolbar.create("tolerance.action.recordDiscipline", "new-discipline",
                    e -> VisitDialogs.discipline(tolerance, cadres, created -> getUI()
                            .ifPresent(ui -> ui.navigate(DisciplineView.class, created.id())))));
        }
        head(actions, filterBar(org, user));
        columns();
        pages("discipline-grid", tolerance::disciplinePage, tolerance::disciplineCount);
        opens(DisciplineView.class, DisciplineRow::id);
    }

    private void columns() {
        grid.addColumn(DisciplineRow::cadreName).setHeader(getTranslation("tolerance.field.cadre"))
                .setSortProperty("cadreName").setWidth("6em").setFlexGrow(0);
        grid.addColumn(DisciplineRow::unitName).setHeader(getTranslation("tolerance.field.unit"))
                .setSortProperty("unit.name").setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.type().labelKey())).setHeader(getTranslation("tolerance.field.disciplineType"))
                .setSortProperty("type").setWidth("10.5em").setFlexGrow(0);
        grid.addColumn(r -> r.decidedOn().toString()).setHeader(getTranslation("tolerance.field.disciplinedOn"))
                .setSortProperty("decidedOn").setWidth("10.5em").setFlexGrow(0);
        grid.addColumn(r -> r.impactUntil().toString()).setHeader(getTranslation("tolerance.field.impactUntil"))
                .setSortProperty("impactUntil").setWidth("8em").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("tolerance.visits.madeOfPlanned", r.visitsMade(), r.visitsPlanned()))
                .setHeader(getTranslation("tolerance.field.visits")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(VisitListView::next)).setHeader(getTranslation("tolerance.field.nextVisit"))
                .setWidth("12em").setFlexGrow(0);
    }

    /** The next visit to make, or the overdue tag when one is past its day. */
    static Span next(DisciplineRow r) {
        UI ui = UI.getCurrent();
        if (r.visitsOverdue() > 0) {
            Span tag = new Span(ui.getTranslation("tolerance.visits.overdueCount", r.visitsOverdue()));
            tag.addClassNames("portal-tag", "portal-tag-danger");
            tag.addClassName("visit-overdue");
            return tag;
        }
        return new Span(r.nextVisitOn() == null ? "—" : r.nextVisitOn().toString());
    }

    private HorizontalLayout filterBar(OrgService org, CurrentUser user) {
        SearchField.configure(search, "adjustment.filter.search", "tolerance.visits.searchHint", "discipline-search");
        FilterSelects.configure(unit, org.subtree(user.scopeUnitId()), UnitNode::indentedName,
                "tolerance.field.unit", "11em").setId("discipline-unit-filter");
        FilterSelects.configure(type, List.of(DisciplineType.values()), t -> getTranslation(t.labelKey()),
                "tolerance.field.disciplineType", "8em");
        type.setId("discipline-type-filter");
        overdue.setLabel(getTranslation("tolerance.visits.overdueOnly"));
        overdue.setId("discipline-overdue-filter");
        return FilterBar.of(this::refresh, search, unit, type, overdue);
    }

    private void refresh() {
        refresh(new DisciplineFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                type.getValue(), overdue.getValue()));
    }
}
