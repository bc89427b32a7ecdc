package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.base.ui.NotFoundView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.org.UnitNode;
import org.cadreportal.report.ui.DashboardView;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who sees which figures on the 数据看板, for 2025: the committee the city's, a county clerk only the county's. */
class DashboardViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private void open2025() {
        navigate(DashboardView.class);
        ((Select<Integer>) $(Select.class).id("dashboard-year")).setValue(2025);
    }

    private String tile(String key) {
        return $(Span.class).all().stream().filter(s -> key.equals(s.getElement().getAttribute("data-figure")))
                .findFirst().orElseThrow(() -> new AssertionError("no tile " + key)).getText();
    }

    private long clarifiedIn(String unitPath) {
        return jdbc.queryForObject("""
                select count(*) from clarifications k join units u on u.id = k.unit_id
                where k.clarified_on between '2025-01-01' and '2025-12-31' and u.path like ?""", Long.class,
                unitPath + "%");
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void committeeSeesTheCitysFiguresFor2025AndEachTileOpensItsRecords() {
        open2025();
        assertThat(tile("supervision.itemsOnline")).isEqualTo("973");
        assertThat(tile("supervision.itemsClosed")).isEqualTo("475");
        assertThat(tile("supervision.redRate")).isEqualTo("6.7%");
        assertThat(tile("accusation.falseAccusations")).isEqualTo("62");
        assertThat(tile("accusation.clarified")).isEqualTo("448");
        assertThat(tile("supervision.interviews")).isEqualTo("32");
        assertThat(Long.parseLong(tile("supervision.reminders").replace(",", ""))).isGreaterThan(10_000);
        Anchor falseAccusations = $(Anchor.class).id("tile-accusation-falseAccusations");
        assertThat(falseAccusations.getHref())
                .isEqualTo("dashboard/figure/accusation.falseAccusations?from=2025-01-01&to=2025-12-31");
        assertThat($(Anchor.class).id("export-trend")).isNotNull();
        assertThat($(Anchor.class).id("export-share")).isNotNull();
    }

    /**
     * The 开工 / 入库 tiles count the rows, in the user's scope, and open their items; the investment line under
     * the tiles sums the 万元 of the items online in the period and is text, not a link.
     */
    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    @SuppressWarnings("unchecked")
    void theStartedAndRegisteredTilesCountTheItemsAndTheInvestmentLineIsASumWithoutDrillDown() {
        navigate(DashboardView.class);
        ((Select<Object>) $(Select.class).id("dashboard-period-kind")).setValue(
                ((Select<Object>) $(Select.class).id("dashboard-period-kind")).getListDataView().getItems()
                        .filter(k -> k.toString().equals("CUSTOM")).findFirst().orElseThrow());
        $(DatePicker.class).id("dashboard-from").setValue(LocalDate.of(2000, 1, 1));
        $(DatePicker.class).id("dashboard-to").setValue(LocalDate.of(2099, 12, 31));
        long started = jdbc.queryForObject("select count(*) from supervision_items where status <> 'DRAFT'"
                + " and started_on is not null", Long.class);
        long registered = jdbc.queryForObject("select count(*) from supervision_items where status <> 'DRAFT'"
                + " and registered_on is not null", Long.class);
        assertThat(started).isPositive();
        assertThat(tile("supervision.itemsStarted")).isEqualTo(String.valueOf(started));
        assertThat(tile("supervision.itemsRegistered")).isEqualTo(String.valueOf(registered));
        assertThat($(Anchor.class).id("tile-supervision-itemsStarted").getHref())
                .isEqualTo("dashboard/figure/supervision.itemsStarted?from=2000-01-01&to=2099-12-31");

        BigDecimal total = jdbc.queryForObject("select coalesce(sum(total_investment), 0) from supervision_items"
                + " where online_on is not null", BigDecimal.class);
        BigDecimal completed = jdbc.queryForObject("select coalesce(sum(r.amount), 0) from investment_reports r"
                + " join supervision_items i on i.id = r.item_id where i.online_on is not null", BigDecimal.class);
        assertThat(total).isPositive();
        Div panel = $(Div.class).id("supervision-investment-panel");
        String line = $(Paragraph.class).id("supervision-investment-sums").getText();
        assertThat(line).contains(total.toPlainString() + " 万元").contains(completed.toPlainString() + " 万元");
        assertThat(panel.getChildren().filter(c -> c instanceof Anchor)).isEmpty();
        assertThat(panel.getElement().getOuterHTML()).doesNotContain("<a");
    }

    /**
     * The 包保市领导 filter narrows 大督办's tiles (and their drill-down links) and the investment line to the items
     * that leader has in charge; the other sections stay whole.
     */
    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    @SuppressWarnings("unchecked")
    void theLeaderFilterNarrowsTheSupervisionFiguresAndTheInvestmentLineToHisItems() {
        String online2025 = " from supervision_items where online_on <= '2025-12-31'"
                + " and (closed_on is null or closed_on >= '2025-01-01')";
        jdbc.update("update supervision_items set leader_username = ?, leader_name = ?, total_investment = 300"
                + " where id in (select id from (select id" + online2025 + " order by id desc limit 4) x)",
                DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_4_NAME);
        long his = jdbc.queryForObject("select count(*)" + online2025 + " and leader_username = ?", Long.class,
                DemoAccounts.COMMITTEE_4);
        BigDecimal histotal = jdbc.queryForObject("select sum(total_investment)" + online2025
                + " and leader_username = ?", BigDecimal.class, DemoAccounts.COMMITTEE_4);
        open2025();
        String clarified = tile("accusation.clarified");
        assertThat(tile("supervision.itemsOnline")).isEqualTo("973");

        ComboBox<Object> leader = $(ComboBox.class).id("dashboard-leader");
        leader.setValue(leader.getListDataView().getItems()
                .filter(c -> c.toString().contains("leader:" + DemoAccounts.COMMITTEE_4)).findFirst().orElseThrow());
        assertThat(his).isGreaterThanOrEqualTo(4);
        assertThat(tile("supervision.itemsOnline")).isEqualTo(String.valueOf(his));
        assertThat(tile("accusation.clarified")).isEqualTo(clarified);
        assertThat($(Anchor.class).id("tile-supervision-itemsOnline").getHref()).isEqualTo(
                "dashboard/figure/supervision.itemsOnline?from=2025-01-01&to=2025-12-31&part=leader%3A"
                        + DemoAccounts.COMMITTEE_4);
        assertThat($(Anchor.class).id("tile-accusation-clarified").getHref()).doesNotContain("part=");
        assertThat($(Paragraph.class).id("supervision-investment-sums").getText())
                .contains(histotal.toPlainString() + " 万元");
        assertThat($(Span.class).id("dashboard-period").getText()).contains(DemoAccounts.COMMITTEE_4_NAME);

        leader.clear();
        assertThat(tile("supervision.itemsOnline")).isEqualTo("973");
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkSeesOnlyTheCountysFigures() {
        open2025();
        String county = jdbc.queryForObject("""
                select u.path from user_accounts a join units u on u.id = a.scope_unit_id where a.username = ?""",
                String.class, DemoAccounts.COUNTY_CLERK);
        long countyClarified = clarifiedIn(county);
        assertThat(countyClarified).isNotEqualTo(448);
        assertThat(tile("accusation.clarified")).isEqualTo(String.valueOf(countyClarified));
        @SuppressWarnings("unchecked")
        List<UnitNode> offered = ((ComboBox<UnitNode>) $(ComboBox.class).id("dashboard-unit")).getListDataView()
                .getItems().toList();
        assertThat(offered).isNotEmpty().allSatisfy(u -> assertThat(u.path()).startsWith(county));
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aCadreCannotOpenTheDashboard() {
        try {
            navigate("dashboard", NotFoundView.class);
        } catch (IllegalArgumentException e) {
            // navigate() complains when the view shown is not the one named; what counts is what is shown.
        }
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
