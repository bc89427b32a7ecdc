package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
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
