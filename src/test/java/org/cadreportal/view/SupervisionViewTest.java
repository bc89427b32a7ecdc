package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.cadreportal.base.ui.MissingRecordView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.supervision.ui.SupervisionSettingsView;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.ui.ItemListView;
import org.cadreportal.supervision.ui.ItemView;
import org.cadreportal.supervision.ui.MyItemsView;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** What each role sees of 大督办. */
class SupervisionViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SupervisionService items;

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    @SuppressWarnings("unchecked")
    private Grid<ItemRow> grid(String id) {
        return (Grid<ItemRow>) $(Grid.class).id(id);
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void theLightFilterShowsOnlyRedItemsAndMatchesTheDatabase() {
        navigate(ItemListView.class);
        assertThat(present("create-item")).isTrue();
        @SuppressWarnings("unchecked")
        Select<Light> light = $(Select.class).id("item-light-filter");
        light.setValue(Light.RED);
        long expected = jdbc.queryForObject("select count(*) from supervision_items where light = 'RED'", Long.class);
        assertThat(expected).isPositive();
        assertThat(test(grid("item-grid")).size()).isEqualTo((int) expected);
        for (int i = 0; i < test(grid("item-grid")).size(); i++) {
            assertThat(test(grid("item-grid")).getRow(i).light()).isEqualTo(Light.RED);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    @SuppressWarnings("unchecked")
    void resettingTheFiltersClearsThemAllAndListsEveryItemAgain() {
        navigate(ItemListView.class);
        long all = jdbc.queryForObject("select count(*) from supervision_items", Long.class);
        assertThat(test(grid("item-grid")).size()).isEqualTo((int) all);

        TextField search = $(TextField.class).id("item-search");
        Select<Light> light = $(Select.class).id("item-light-filter");
        Select<Boolean> started = $(Select.class).id("item-started-filter");
        Checkbox overdue = $view(Checkbox.class).single();
        test(search).setValue("项目");
        light.setValue(Light.RED);
        started.setValue(true);
        test(overdue).click();
        assertThat(test(grid("item-grid")).size()).isLessThan((int) all);

        test($view(Button.class).all().stream().filter(b -> b.getText().equals("重置筛选")).findFirst().orElseThrow())
                .click();
        assertThat(search.getValue()).isEmpty();
        assertThat(light.getValue()).isNull();
        assertThat(started.getValue()).isNull();
        assertThat(overdue.getValue()).isFalse();
        assertThat(test(grid("item-grid")).size()).isEqualTo((int) all);
        assertThat($view(Span.class).all()).extracting(Span::getText).contains("共" + all + "项");
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aCadreSeesOnlyTheirOwnItemsAndMayReportOnThem() {
        navigate(MyItemsView.class);
        Grid<ItemRow> mine = grid("my-item-grid");
        long own = jdbc.queryForObject("""
                select count(*) from supervision_item_cadres s join user_accounts a on a.cadre_id = s.cadre_id
                where a.username = ?""", Long.class, DemoAccounts.CADRE);
        assertThat(own).isPositive();
        assertThat(test(mine).size()).isEqualTo((int) own);
        long openId = jdbc.queryForObject("""
                select min(i.id) from supervision_items i join supervision_item_cadres s on s.item_id = i.id
                join user_accounts a on a.cadre_id = s.cadre_id where a.username = ? and i.status = 'ONLINE'""",
                Long.class, DemoAccounts.CADRE);
        navigate(ItemView.class, openId);
        assertThat(present("item-report")).isTrue();
        assertThat(present("item-close")).isFalse();

        long someoneElses = jdbc.queryForObject("""
                select min(i.id) from supervision_items i where not exists (select 1 from supervision_item_cadres s
                join user_accounts a on a.cadre_id = s.cadre_id where s.item_id = i.id and a.username = ?)""",
                Long.class, DemoAccounts.CADRE);
        try {
            navigate("supervision/item/" + someoneElses, ItemView.class);
        } catch (IllegalArgumentException e) {
            // the error view is shown instead; checked below
        }
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void theSectionFilterKeepsItsSectionsItemsOnly() {
        navigate(ItemListView.class);
        @SuppressWarnings("unchecked")
        Select<org.cadreportal.supervision.AspectRow> section = $(Select.class).id("item-section-filter");
        section.setValue(items.aspects().stream().filter(a -> a.sectionZh().equals("防风险")).findFirst().orElseThrow());
        long expected = jdbc.queryForObject("""
                select count(*) from supervision_items i join supervision_aspects a on a.id = i.aspect_id
                join supervision_sections s on s.id = a.section_id where s.name_zh = '防风险'""", Long.class);
        assertThat(expected).isPositive();
        assertThat(test(grid("item-grid")).size()).isEqualTo((int) expected);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aCadresTimelineShowsTheirDecidedCaseAndClosedItems() {
        long cadreId = jdbc.queryForObject("""
                select min(a.cadre_id) from adjustment_cases a where a.status = 'COMPLETED'""", Long.class);
        String caseNo = jdbc.queryForObject("select case_no from adjustment_cases where cadre_id = ? and status = 'COMPLETED'",
                String.class, cadreId);
        // The cadre page opened on its timeline tab, wherever the tab sits among the others.
        com.vaadin.flow.component.UI.getCurrent().navigate("cadre/" + cadreId,
                com.vaadin.flow.router.QueryParameters.fromString("tab=timeline"));
        String text = $(com.vaadin.flow.component.html.Div.class).id("cadre-timeline").getElement().getTextRecursively();
        assertThat(text).contains(caseNo).contains("能上能下");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdministratorChangesTheYellowWindow() {
        navigate(SupervisionSettingsView.class);
        test($(IntegerField.class).id("settings-yellow-days")).setValue(10);
        test($(Button.class).id("settings-save")).click();
        try {
            assertThat(items.settings().yellowDays()).isEqualTo(10);
        } finally {
            var now = items.settings();
            items.saveSettings(new LightSettings(now.version(), 7, now.lagPoints()));
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aCadreReadsTheirReminderAndMarksItRead() {
        long cadreId = jdbc.queryForObject("select cadre_id from user_accounts where username = ?", Long.class,
                DemoAccounts.CADRE);
        jdbc.update("insert into notices (id, cadre_id, created_at, title, body, link) values (next value for notices_seq,"
                + " ?, current_timestamp, '督办事项亮红灯提醒', 'DB-2025-0476 已超期，请抓紧推进。', 'my-items')", cadreId);
        navigate(org.cadreportal.notification.ui.MyNoticesView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("my-notices").getElement().getTextRecursively())
                .contains("DB-2025-0476 已超期");
        test($(Button.class).all().stream().filter(b -> b.getText().equals("标为已读")).findFirst().orElseThrow())
                .click();
        // The demo's year told this cadre about his items too (today's night may have): only this one is read here.
        assertThat(jdbc.queryForObject("select count(*) from notices where cadre_id = ? and read_at is null"
                + " and body = 'DB-2025-0476 已超期，请抓紧推进。'", Long.class, cadreId)).isZero();
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkSeesTheCountysItemsOnly() {
        navigate(ItemListView.class);
        long expected = jdbc.queryForObject("""
                select count(*) from supervision_items i join units u on u.id = i.lead_unit_id
                where u.path like concat((select path from units where code = ?), '%')""", Long.class,
                DemoAccounts.COUNTY_CODE);
        assertThat(test(grid("item-grid")).size()).isEqualTo((int) expected);
        assertThat(present("create-item")).isFalse();
    }
}
