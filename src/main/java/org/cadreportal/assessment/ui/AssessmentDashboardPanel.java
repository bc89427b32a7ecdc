package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.AssessmentCharts;
import org.cadreportal.assessment.Grade;
import org.cadreportal.assessment.GroupGrades;
import org.cadreportal.report.DashboardPanel;

/**
 * 政绩考核 on the dashboard below its tiles: the units of each 考核类别 of the latest plan of the period by 等次, each
 * count drilling down to its units like a tile (the grade figure's records, narrowed to the group), and the rank
 * chart of a group picked here, each bar opening the unit's result sheet.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class AssessmentDashboardPanel implements DashboardPanel {

    private final AssessmentCharts charts;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> panel(LocalDate from, LocalDate to, Long unitId) {
        if (!charts.available()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        List<GroupGrades> groups = charts.groupGrades(from, to, unitId);
        if (groups.isEmpty()) {
            return Optional.of(DashboardPanel.section("assessment-panel",
                    ui.getTranslation("assessment.dashboard.groups"),
                    new Paragraph(ui.getTranslation("assessment.dashboard.none"))));
        }
        Div box = DashboardPanel.section("assessment-panel",
                ui.getTranslation("assessment.dashboard.groupsOf", String.valueOf(groups.get(0).year())),
                table(ui, groups, "from=" + from + "&to=" + to + (unitId == null ? "" : "&unit=" + unitId)));
        Select<GroupGrades> group = new Select<>();
        group.setId("assessment-rank-group");
        group.setLabel(ui.getTranslation("assessment.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(GroupGrades::groupName);
        Div chart = new Div();
        group.addValueChangeListener(e -> {
            chart.removeAll();
            if (e.getValue() != null) {
                chart.add(new RankChart(e.getValue().planId(), charts.rankChart(e.getValue().groupId(), unitId)));
            }
        });
        group.setValue(groups.get(0));
        box.add(new H4(ui.getTranslation("assessment.dashboard.rankChart")), group, chart);
        return Optional.of(box);
    }

    /** A row per group, a column per grade; each count a link to its units (the grade tile's drill-down, one group). */
    private static NativeTable table(UI ui, List<GroupGrades> groups, String query) {
        NativeTable table = new NativeTable();
        table.setId("assessment-group-grades");
        table.addClassName("assessment-group-grades");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(ui.getTranslation("assessment.group"));
        for (Grade g : Grade.values()) {
            head.addHeaderCell().setText(ui.getTranslation(g.labelKey()));
        }
        head.addHeaderCell().setText(ui.getTranslation("assessment.dashboard.total"));
        for (GroupGrades gg : groups) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(gg.groupName());
            for (Grade g : Grade.values()) {
                Anchor count = new Anchor("dashboard/figure/" + AssessmentCharts.gradeFigure(g) + "?" + query + "&part="
                        + gg.groupId(), String.valueOf(gg.counts().get(g)));
                count.setId("assessment-grades-" + gg.groupId() + "-" + g.name());
                row.addDataCell().add(count);
            }
            row.addDataCell().setText(String.valueOf(gg.total()));
        }
        return table;
    }
}
