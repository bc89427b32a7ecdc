package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.UnitCatalog;
import org.cadreportal.security.roles.AssessmentReaders;

/**
 * A plan's assessment groups (考核类别) with their units, total and weight sum, and below them the weights of the
 * group chosen. The 考核办 adds and changes groups and types the weights while the plan is a draft; publishing,
 * on the 政绩考核 page, is refused while a group's weights do not add up to its total.
 */
@Route("assessment/:planId/groups")
@AssessmentReaders
public class PlanGroupsView extends PlanPage {

    /** How many unit names a row shows before "and n more". */
    private static final int NAMES_SHOWN = 6;

    private final UnitCatalog units;
    private final CurrentUsers users;
    private final Grid<GroupRow> grid = new Grid<>(GroupRow.class, false);
    private final Div weights = new Div();
    private final Button add = new Button();
    private final Button edit = new Button();
    private PlanHeader header;
    private Map<Long, String> unitNames = Map.of();

    public PlanGroupsView(PlanService plans, UnitCatalog units, CurrentUsers users) {
        super(plans);
        this.units = units;
        this.users = users;
        add.setText(getTranslation("assessment.group.add"));
        add.setId("groups-add");
        add.addClickListener(e -> new GroupDialog(plans, units, details, null, () -> reload(null)).open());
        edit.setText(getTranslation("assessment.group.edit"));
        edit.setId("groups-edit");
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(g ->
                new GroupDialog(plans, units, details, g, () -> reload(g.id())).open()));
        grid.setId("groups-grid");
        grid.setEmptyStateText(getTranslation("assessment.groups.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(GroupRow::code).setHeader(getTranslation("assessment.field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GroupRow::name).setHeader(getTranslation("assessment.group"));
        grid.addColumn(this::unitList).setHeader(getTranslation("assessment.group.unitList")).setFlexGrow(3);
        grid.addColumn(g -> plain(g.total())).setHeader(getTranslation("assessment.group.total"));
        grid.addComponentColumn(this::sum).setHeader(getTranslation("assessment.group.weights"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showWeights());
    }

    /** Reads the plan again and shows the group given (or the first). */
    private void reload(Long groupId) {
        details = plans.details(details.plan().id());
        build(groupId);
    }

    @Override
    protected void build() {
        build(null);
    }

    private void build(Long groupId) {
        removeAll();
        header = new PlanHeader(details, users, PlanHeader.Page.GROUPS, add, edit);
        unitNames = units.unitNames(details.groups().stream().flatMap(g -> g.unitIds().stream()).distinct().toList());
        add(header, grid, weights);
        grid.setItems(details.groups());
        details.groups().stream().filter(g -> groupId == null || g.id() == groupId).findFirst().ifPresentOrElse(
                grid::select, this::showWeights);
    }

    private void showWeights() {
        weights.removeAll();
        GroupRow g = grid.getSelectedItems().stream().findFirst().orElse(null);
        edit.setEnabled(header != null && header.editable() && g != null);
        if (g != null) {
            weights.add(new WeightsEditor(plans, details, g, header.editable(), () -> reload(g.id())));
        }
    }

    private String unitList(GroupRow g) {
        String names = g.unitIds().stream().limit(NAMES_SHOWN).map(u -> unitNames.getOrDefault(u, ""))
                .collect(Collectors.joining("、"));
        return g.unitIds().size() > NAMES_SHOWN
                ? getTranslation("assessment.group.unitsMore", names, g.unitIds().size()) : names;
    }

    private Span sum(GroupRow g) {
        Span s = new Span(plain(g.weightSum()) + " / " + plain(g.total()) + " · "
                + getTranslation(g.balanced() ? "assessment.group.balanced" : "assessment.group.unbalanced"));
        s.setClassName("portal-text-danger", !g.balanced());
        return s;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
