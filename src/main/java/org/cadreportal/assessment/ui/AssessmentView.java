package org.cadreportal.assessment.ui;

import org.cadreportal.base.ui.AriaFixes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.AssessmentExports;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.assessment.ScoringSummary;
import org.cadreportal.assessment.StatisticsShare;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.AssessmentReaders;

/**
 * 政绩考核: a year's plan (its groups with their weight sums, the indicator library with each group's weights, the
 * share scored from statistics) and, on the second tab, a group's ranking read a page at a time from the
 * database. The 考核办 publishes the plan (refused while a group's weights do not add up), imports statistics
 * and scores again here.
 */
@Route("assessment")
@AssessmentReaders
@Menu(title = "menu.assessment", order = 31, icon = "vaadin:chart")
public class AssessmentView extends Div implements HasDynamicTitle {

    private final PlanService plans;
    private final AssessmentService assessment;
    private final boolean office;
    private final Select<PlanRow> plan = new Select<>();
    private final Div summary = new Div();
    private final Div content = new Div();
    private final Tab libraryTab = new Tab();
    private final Tab rankingTab = new Tab();
    private final Tabs tabs = new Tabs();
    private final Button publish = new Button();
    private final Button importButton = new Button();
    private final Button score = new Button();
    private final PublicityActions publicity;
    private PlanDetails details;

    private final AssessmentExports exports;

    public AssessmentView(PlanService plans, AssessmentService assessment, AppealService appeals, CurrentUsers users,
                          Clock clock, AssessmentExports exports) {
        this.plans = plans;
        this.assessment = assessment;
        this.exports = exports;
        this.office = users.require().has(Role.ASSESSMENT);
        addClassName("portal-page");
        plan.setId("assessment-plan");
        plan.setLabel(getTranslation("assessment.plan"));
        plan.setItemLabelGenerator(p -> p.year() + " · " + p.name());
        // Wide enough for a whole plan name ("2025 · 鄂东市2025年度高质量发展综合考核方案"), never wider than a phone.
        plan.setWidth("min(30em, 100%)");
        publish.setText(getTranslation("assessment.publish"));
        publish.setId("assessment-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        importButton.setText(getTranslation("assessment.import"));
        importButton.setId("assessment-import");
        importButton.addClickListener(e -> new WorkbookImportDialog("assessment", "assessment.import",
                "statistics-template.xlsx", 10 * 1024 * 1024, out -> assessment.writeTemplate(current().id(), out),
                in -> assessment.importStatistics(current().id(), in), this::reload).open());
        score.setText(getTranslation("assessment.score"));
        score.setId("assessment-score");
        score.addClickListener(e -> scoreAgain());
        publish.setVisible(office);
        importButton.setVisible(office);
        score.setVisible(office);
        Button data = PlanLink.to(StatisticsView.class, "assessment.data.open", "assessment-open-data", this::planId);
        Button scores = PlanLink.to(ScoreEntryView.class, "assessment.scores.open", "assessment-open-scores", this::planId);
        scores.setVisible(office || users.require().has(Role.CLERK));
        publicity = new PublicityActions(appeals, office, clock, this::reload);
        Button[] stages = publicity.buttons();
        add(new ViewToolbar(getTranslation("assessment.title"), publish, importButton, score, stages[0], stages[1],
                stages[2], data, scores));
        libraryTab.setLabel(getTranslation("assessment.tab.library"));
        rankingTab.setLabel(getTranslation("assessment.tab.ranking"));
        rankingTab.setId("assessment-ranking-tab");
        tabs.add(libraryTab, rankingTab);
        AriaFixes.tabs(tabs);
        tabs.addSelectedChangeListener(e -> show());
        summary.setId("assessment-summary");
        add(PlanActions.row(plan, plans, office), summary, tabs, content);
        List<PlanRow> all = plans.plans();
        plan.setItems(all);
        plan.addValueChangeListener(e -> reload());
        if (!all.isEmpty()) {
            plan.setValue(all.get(0));
        } else {
            summary.add(new Paragraph(getTranslation("assessment.noPlan")));
        }
    }

    private Long planId() {
        return details == null ? null : details.plan().id();
    }

    private PlanRow current() {
        return details.plan();
    }

    private void reload() {
        if (plan.getValue() == null) {
            return;
        }
        details = plans.details(plan.getValue().id());
        PlanRow p = details.plan();
        StatisticsShare s = p.share();
        summary.removeAll();
        Paragraph status = new Paragraph(getTranslation("assessment.summary.status", getTranslation(p.status().labelKey()),
                details.groups().size(), s.indicators()));
        Paragraph share = new Paragraph(getTranslation("assessment.summary.share", s.fromStatistics(), s.indicators(),
                percent(s.countShare()), percent(s.weightShare()), percent(s.minimum())));
        share.setId("assessment-share");
        if (!s.met()) {
            share.add(new Span(" " + getTranslation("assessment.summary.shareNotMet")));
        }
        summary.add(status, share, publicity.show(p));
        if (p.scoredAt() != null) {
            summary.add(new Paragraph(getTranslation("assessment.summary.scored", p.scoredAt().withNano(0).toString()
                    .replace('T', ' '))));
        }
        publish.setEnabled(p.status() == PlanStatus.DRAFT);
        importButton.setEnabled(p.status() == PlanStatus.PUBLISHED);
        score.setEnabled(p.status() == PlanStatus.PUBLISHED);
        show();
    }

    private void show() {
        content.removeAll();
        if (details == null) {
            return;
        }
        if (tabs.getSelectedTab() == rankingTab) {
            content.add(ranking());
        } else {
            content.add(groups(), indicators());
        }
    }

    private Grid<GroupRow> groups() {
        Grid<GroupRow> grid = new Grid<>(GroupRow.class, false);
        grid.setId("assessment-groups");
        grid.setEmptyStateText(getTranslation("assessment.groups.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(GroupRow::name).setHeader(getTranslation("assessment.group"));
        grid.addColumn(g -> g.unitIds().size()).setHeader(getTranslation("assessment.group.units"));
        grid.addColumn(g -> g.weights().size()).setHeader(getTranslation("assessment.group.indicators"));
        grid.addColumn(g -> plain(g.weightSum()) + " / " + plain(g.total())).setHeader(getTranslation("assessment.group.weights"));
        grid.addColumn(g -> getTranslation(g.balanced() ? "assessment.group.balanced" : "assessment.group.unbalanced"))
                .setHeader(getTranslation("assessment.group.check"));
        grid.setItems(details.groups());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The library with each group's weight: a plan holds at most a few hundred indicators. */
    private Grid<IndicatorRow> indicators() {
        Map<Long, String> dims = new HashMap<>();
        details.dimensions().forEach(d -> dims.put(d.id(), d.name()));
        Grid<IndicatorRow> grid = new Grid<>(IndicatorRow.class, false);
        grid.setId("assessment-indicators");
        grid.setEmptyStateText(getTranslation("assessment.indicators.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IndicatorRow::code).setHeader(getTranslation("assessment.col.indicatorCode")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IndicatorRow::name).setHeader(getTranslation("assessment.col.indicatorName")).setFlexGrow(3);
        grid.addColumn(i -> dims.get(i.dimensionId())).setHeader(getTranslation("assessment.dimension"));
        grid.addColumn(i -> getTranslation(i.source().labelKey())).setHeader(getTranslation("assessment.source"));
        grid.addColumn(i -> getTranslation(i.method().labelKey())).setHeader(getTranslation("assessment.method"));
        grid.addColumn(i -> getTranslation(i.direction().labelKey())).setHeader(getTranslation("assessment.direction"));
        grid.addColumn(IndicatorRow::measure).setHeader(getTranslation("assessment.col.measure"));
        for (GroupRow g : details.groups()) {
            grid.addColumn(i -> {
                BigDecimal w = g.weights().get(i.id());
                return w == null ? "" : plain(w);
            }).setHeader(g.name());
        }
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(i -> i.definition() == null ? ""
                : i.definition()));
        grid.setItems(details.indicators());
        grid.setHeight("60vh");
        return grid;
    }

    private Div ranking() {
        Div box = new Div();
        Select<GroupRow> group = new Select<>();
        group.setId("assessment-group");
        group.setLabel(getTranslation("assessment.group"));
        group.setItems(details.groups());
        group.setItemLabelGenerator(GroupRow::name);
        Grid<ResultRow> grid = new Grid<>(ResultRow.class, false);
        grid.setId("assessment-ranking");
        grid.setEmptyStateText(getTranslation("assessment.ranking.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ResultRow::rank).setHeader(getTranslation("assessment.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ResultRow::unitName).setHeader(getTranslation("assessment.col.unitName"));
        grid.addColumn(r -> r.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                .setHeader(getTranslation("assessment.total"));
        grid.addColumn(r -> getTranslation(r.grade().labelKey()) + (r.vetoed() ? " · " + getTranslation("assessment.vetoed") : ""))
                .setHeader(getTranslation("assessment.grade"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(UnitSheetView.class, new RouteParameters(
                Map.of("planId", String.valueOf(current().id()), "unitId", String.valueOf(e.getItem().unitId()))))));
        group.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            long planId = current().id();
            long groupId = e.getValue().id();
            grid.setItems(q -> assessment.ranking(planId, groupId, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                    q -> (int) assessment.countRanking(planId, groupId));
        });
        if (!details.groups().isEmpty()) {
            group.setValue(details.groups().get(0));
        }
        grid.setHeight("60vh");
        HorizontalLayout head = new HorizontalLayout(group,
                ResultDownloads.ranking(exports, () -> current().id(), group::getValue));
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        box.add(head, new Paragraph(getTranslation("assessment.ranking.help")), grid);
        return box;
    }

    private void publish() {
        try {
            plans.publish(current().id(), current().version());
            Notices.success("assessment.published");
        } catch (PortalException e) {
            Notices.error(e);
        }
        reload();
    }

    private void scoreAgain() {
        try {
            ScoringSummary s = assessment.score(current().id());
            Notices.success("assessment.scored", s.units(), s.scores(), s.written(), s.millis());
        } catch (PortalException e) {
            Notices.error(e);
        }
        reload();
    }

    private static String percent(double share) {
        return String.format("%.1f%%", share * 100);
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.title");
    }

}
