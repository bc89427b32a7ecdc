package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.cadreportal.assessment.CadreGradeFilter;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.CadreGradeService;
import org.cadreportal.assessment.GroupGradeShare;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.AssessmentReaders;

/**
 * 领导干部年度考核: for a plan's year, the key cadres of its groups' units, group by group, each with his grade and his
 * unit's own result (total, rank, 等次), a page at a time from the database. Above the list, one line per group:
 * how many are assessed and graded, how many 优秀 against the plan's limit, in red with a warning when over it.
 * The 考核办 and the clerks (within their scope) enter a grade by clicking a row, or import the template.
 */
@Route("assessment/grades")
@AssessmentReaders
@Menu(title = "menu.assessmentGrades", order = 31.5, icon = "vaadin:medal")
public class CadreGradesView extends Div implements HasDynamicTitle {

    private final CadreGradeService grades;
    private final boolean mayEdit;
    private final Select<PlanRow> plan = new Select<>();
    private final Div shares = new Div();
    private final Select<GroupGradeShare> group = new Select<>();
    private final TextField unit = new TextField();
    private final Select<AnnualGrade> grade = new Select<>();
    private final Checkbox ungraded = new Checkbox();
    private final Grid<CadreGradeRow> grid = new Grid<>(CadreGradeRow.class, false);
    private final Button importButton = new Button();

    public CadreGradesView(PlanService plans, CadreGradeService grades, CurrentUsers users) {
        this.grades = grades;
        this.mayEdit = users.require().has(Role.ASSESSMENT) || users.require().has(Role.CLERK);
        addClassName("portal-page");
        importButton.setText(getTranslation("assessment.grades.import"));
        importButton.setId("grades-import");
        importButton.setVisible(mayEdit);
        importButton.addClickListener(e -> new WorkbookImportDialog("grades", "assessment.grades.import",
                "grades-template.xlsx", 5 * 1024 * 1024, out -> grades.writeTemplate(plan.getValue().id(), out),
                in -> grades.importGrades(plan.getValue().id(), in), this::refresh).open());
        add(new ViewToolbar(getTranslation("assessment.grades.title"), importButton));
        plan.setId("grades-plan");
        plan.setLabel(getTranslation("assessment.plan"));
        plan.setItemLabelGenerator(p -> p.year() + " · " + p.name());
        shares.setId("grades-shares");
        shares.addClassName("portal-grade-shares");
        group.setId("grades-group");
        FilterSelects.configure(group, List.of(), GroupGradeShare::name, "assessment.group", "14em");
        SearchField.configure(unit, "assessment.grades.unit", "assessment.grades.unitHint", "grades-unit");
        grade.setId("grades-grade");
        FilterSelects.configure(grade, Arrays.asList(AnnualGrade.values()), g -> getTranslation(g.labelKey()),
                "assessment.grades.grade", "10em");
        ungraded.setId("grades-ungraded");
        ungraded.setLabel(getTranslation("assessment.grades.ungradedOnly"));
        columns();
        List<PlanRow> all = plans.plans();
        plan.setItems(all);
        add(plan, shares, FilterBar.of(this::refreshGrid, group, unit, grade, ungraded),
                new Paragraph(getTranslation(mayEdit ? "assessment.grades.help" : "assessment.grades.readHelp")), grid);
        plan.addValueChangeListener(e -> reload());
        if (all.isEmpty()) {
            shares.add(new Paragraph(getTranslation("assessment.noPlan")));
            importButton.setEnabled(false);
        } else {
            plan.setValue(all.get(0));
        }
    }

    private void columns() {
        grid.setId("grades-grid");
        grid.setEmptyStateText(getTranslation("assessment.grades.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(CadreGradeRow::groupName).setHeader(getTranslation("assessment.group"));
        grid.addColumn(CadreGradeRow::unitName).setHeader(getTranslation("assessment.col.unitName")).setFlexGrow(2);
        grid.addColumn(CadreGradeRow::cadreName).setHeader(getTranslation("assessment.grades.cadre"));
        grid.addColumn(CadreGradeRow::postTitle).setHeader(getTranslation("assessment.grades.post")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(r -> {
            Span s = new Span(r.grade() == null ? getTranslation("assessment.grades.none") : getTranslation(r.grade().labelKey()));
            s.addClassNames("portal-tag", r.grade() == null ? "portal-tag-open" : "portal-tag-info");
            return s;
        })).setHeader(getTranslation("assessment.grades.grade"));
        grid.addColumn(r -> r.unitTotal() == null ? "" : r.unitTotal().setScale(2, RoundingMode.HALF_UP).toPlainString())
                .setHeader(getTranslation("assessment.grades.unitTotal"));
        grid.addColumn(r -> r.unitRank() == null ? "" : String.valueOf(r.unitRank()))
                .setHeader(getTranslation("assessment.grades.unitRank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.unitGrade() == null ? "" : getTranslation(r.unitGrade().labelKey()))
                .setHeader(getTranslation("assessment.grades.unitGrade"));
        if (mayEdit) {
            // A click that lands while the list reloads names no row any more; the next click will.
            grid.addItemClickListener(e -> {
                if (e.getItem() != null) {
                    new GradeDialog(grades, plan.getValue().id(), e.getItem(), this::refresh).open();
                }
            });
        }
        grid.setHeight("60vh");
    }

    private void reload() {
        GroupGradeShare kept = group.getValue();
        List<GroupGradeShare> all = showShares();
        group.setItems(all);
        if (kept != null) {
            all.stream().filter(s -> s.groupId() == kept.groupId()).findFirst().ifPresent(group::setValue);
        }
        refreshGrid();
    }

    /** After a save: the counts and the list again, the filters kept. */
    private void refresh() {
        showShares();
        grid.getDataProvider().refreshAll();
    }

    private List<GroupGradeShare> showShares() {
        shares.removeAll();
        if (plan.getValue() == null) {
            return List.of();
        }
        List<GroupGradeShare> all = grades.shares(plan.getValue().id());
        for (GroupGradeShare s : all) {
            Div line = new Div();
            line.setId("grades-share-" + s.code());
            line.addClassName("portal-grade-share");
            line.add(new Span(getTranslation("assessment.grades.share", s.name(), s.assessed(), s.graded(), s.excellent(),
                    percent(s.excellentShare()), percent(s.limitShare()), s.maxExcellent())));
            if (s.over()) {
                Span warn = new Span(getTranslation("assessment.grades.over", s.excellent() - s.maxExcellent()));
                warn.setId("grades-over-" + s.code());
                warn.addClassNames("portal-tag", "portal-tag-danger");
                line.addClassName("portal-grade-share-over");
                line.add(new Span(" "), warn);
            }
            shares.add(line);
        }
        return all;
    }

    private void refreshGrid() {
        if (plan.getValue() == null) {
            return;
        }
        long planId = plan.getValue().id();
        CadreGradeFilter f = new CadreGradeFilter(group.getValue() == null ? null : group.getValue().groupId(),
                unit.getValue(), grade.getValue(), ungraded.getValue());
        grid.setItems(q -> grades.page(planId, f, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) grades.count(planId, f));
    }

    static String percent(java.math.BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.grades.title");
    }
}
