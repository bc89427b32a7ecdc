package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.report.DashboardPanel;
import org.cadreportal.report.FigureTable;
import org.cadreportal.supervision.InvestmentSums;
import org.cadreportal.supervision.Leader;
import org.cadreportal.supervision.ProjectFactsService;

/**
 * 大督办's investment on the dashboard, below the tiles: the 总投资, 年度计划投资 and 已完成投资 (万元) of the items
 * online in the period and unit (with the dashboard's 包保市领导 filter, of his items only). A sum of money, not a
 * count, so it is a line of text and opens no records; the items behind it are the 在线项目 tile's.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class InvestmentDashboardPanel implements DashboardPanel {

    private final ProjectFactsService facts;

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> panel(LocalDate from, LocalDate to, Long unitId) {
        return panel(from, to, unitId, null);
    }

    @Override
    public Optional<Component> panel(LocalDate from, LocalDate to, Long unitId, String part) {
        if (!FigureTable.available(AccessTypes.SUPERVISION_ITEM)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        InvestmentSums s = facts.periodSums(from, to, unitId, Leader.ofPart(part).orElse(null));
        Paragraph line = new Paragraph(ui.getTranslation("supervision.dashboard.investment", s.items(),
                s.total().toPlainString(), s.annual().toPlainString(), s.completed().toPlainString()));
        line.setId("supervision-investment-sums");
        line.addClassName("portal-list-sums");
        return Optional.of(DashboardPanel.section("supervision-investment-panel",
                ui.getTranslation("supervision.dashboard.investmentTitle"), line));
    }
}
