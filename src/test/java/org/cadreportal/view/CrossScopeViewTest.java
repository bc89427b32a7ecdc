package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.cadreportal.accusation.ui.AccusationView;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.archive.ui.EntryView;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.ui.MissingRecordView;
import org.cadreportal.cadre.ui.CadreView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.inspection.ui.InspectionView;
import org.cadreportal.supervision.ui.ItemView;
import org.cadreportal.testing.ViewTest;
import org.cadreportal.tolerance.ui.ApplicationView;
import org.cadreportal.tolerance.ui.DisciplineView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 8, item 2 by URL: the county clerk of 东安县 typing the address of another unit's record into the
 * browser sees exactly the page a made-up id shows, and the attempt is in the access log; their own
 * county's record opens. 奖励批评 records have no page of their own (they open in a dialog on the list).
 */
class CrossScopeViewTest extends ViewTest {

    private static final long MISSING = 99_999_999L;

    @Autowired
    JdbcTemplate jdbc;

    /** A detail route, the view behind it, the table (aliased x) whose records it shows, and its unit column. */
    private record Page(String route, Class<? extends Component> view, String from, String unitColumn, String type) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("cadre/", CadreView.class, "cadres x", "x.unit_id", AccessTypes.CADRE),
            new Page("archive/entry/", EntryView.class, "achievement_entries x join cadres k on k.id = x.cadre_id",
                    "k.unit_id", AccessTypes.ARCHIVE_ENTRY),
            new Page("inspection/", InspectionView.class, "frontline_inspections x", "x.unit_id",
                    AccessTypes.INSPECTION),
            new Page("adjustment/", CaseView.class, "adjustment_cases x", "x.unit_id", AccessTypes.ADJUSTMENT_CASE),
            new Page("accusation/", AccusationView.class, "accusation_cases x", "x.unit_id",
                    AccessTypes.ACCUSATION_CASE),
            new Page("tolerance/", ApplicationView.class, "tolerance_applications x", "x.unit_id",
                    AccessTypes.TOLERANCE_APPLICATION),
            new Page("tolerance/visits/", DisciplineView.class, "discipline_records x", "x.unit_id",
                    AccessTypes.DISCIPLINE_RECORD),
            new Page("supervision/item/", ItemView.class, "supervision_items x", "x.lead_unit_id",
                    AccessTypes.SUPERVISION_ITEM));

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void anotherUnitsRecordByUrlShowsTheMissingRecordPageAndIsLogged() {
        for (Page page : PAGES) {
            long outside = record(page, "not like");
            long denied = denied(page.type(), outside);
            String missingPage = errorPageAt(page.route() + MISSING, page.view());
            String outsidePage = errorPageAt(page.route() + outside, page.view());

            assertThat(outsidePage).as(page.route() + outside).isEqualTo(missingPage).contains("页面不存在");
            assertThat(denied(page.type(), outside)).as(page.route() + outside + " logged").isEqualTo(denied + 1);
            assertThat(denied(page.type(), MISSING)).as(page.route() + MISSING + " is no attempt").isZero();
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void theCountysOwnRecordOpens() {
        for (Page page : PAGES) {
            long inside = record(page, "like");
            navigate(page.route() + inside, page.view());
            assertThat(getCurrentView()).as(page.route() + inside).isInstanceOf(page.view());
        }
    }

    /** What the page shows, once it is certain the missing-record page is what is shown. */
    private String errorPageAt(String location, Class<? extends Component> view) {
        try {
            navigate(location, view);
        } catch (IllegalArgumentException e) {
            // the error view is shown instead of the detail view; checked below
        }
        assertThat(getCurrentView()).as(location).isInstanceOf(MissingRecordView.class);
        return $(Component.class).id("error-page").getElement().getTextRecursively();
    }

    private long record(Page page, String match) {
        Long id = jdbc.queryForObject("select min(x.id) from " + page.from() + " join units u on u.id = "
                + page.unitColumn() + " where u.path " + match
                + " concat((select path from units where code = ?), '%')", Long.class, DemoAccounts.COUNTY_CODE);
        assertThat(id).as("a demo record for " + page.route() + " (" + match + " 东安县)").isNotNull();
        return id;
    }

    private long denied(String type, long id) {
        return jdbc.queryForObject("select count(*) from access_log where action = 'DENIED' and record_type = ?"
                + " and username = ? and record_id = ?", Long.class, type, DemoAccounts.COUNTY_CLERK, id);
    }
}
