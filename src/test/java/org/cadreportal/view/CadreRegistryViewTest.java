package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.cadreportal.base.ui.MissingRecordView;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.ui.CadreListView;
import org.cadreportal.cadre.ui.CadreView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** What the registry shows each user: only their scope, searchable, and nothing else by URL. */
class CadreRegistryViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    private long countInUnitTree(String unitCode) {
        return jdbc.queryForObject("""
                select count(*) from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.path like concat((select path from units where code = ?), '%')
                """, Long.class, unitCode);
    }

    @SuppressWarnings("unchecked")
    private Grid<CadreRow> grid() {
        return (Grid<CadreRow>) $(Grid.class).id("cadre-grid");
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void countyClerkSeesOnlyTheCountysCadres() {
        navigate(CadreListView.class);
        Grid<CadreRow> grid = grid();
        long expected = countInUnitTree(DemoAccounts.COUNTY_CODE);
        assertThat(expected).isPositive().isLessThan(countInUnitTree(DemoAccounts.CITY_CODE));
        assertThat(test(grid).size()).isEqualTo((int) expected);
        for (int i = 0; i < test(grid).size(); i++) {
            CadreRow row = test(grid).getRow(i);
            assertThat(jdbc.queryForObject("select path from units where id = ?", String.class, row.unitId()))
                    .startsWith(jdbc.queryForObject("select path from units where code = ?", String.class,
                            DemoAccounts.COUNTY_CODE));
        }
        assertThat($(Span.class).all().stream().map(Span::getText)).contains("共" + expected + "人");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void searchingByNameNarrowsTheGridToThatName() {
        navigate(CadreListView.class);
        String name = jdbc.queryForObject("select name from cadres order by id limit 1", String.class);
        test($(TextField.class).id("cadre-search")).setValue(name);
        Grid<CadreRow> grid = grid();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).name()).contains(name);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void anotherCountysCadreByUrlLooksLikeAMissingOne() {
        long outside = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where u.path not like concat((select path from units where code = ?), '%')
                """, Long.class, DemoAccounts.COUNTY_CODE);
        showCadre(String.valueOf(outside));
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
        String outsideText = ((MissingRecordView) getCurrentView()).getElement().getTextRecursively();
        showCadre("987654321");
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
        assertThat(((MissingRecordView) getCurrentView()).getElement().getTextRecursively()).isEqualTo(outsideText);
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCadreInScopeOpensWithProfileCareerAndHistory() {
        long inside = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where u.path like concat((select path from units where code = ?), '%')
                """, Long.class, DemoAccounts.COUNTY_CODE);
        CadreView view = navigate(CadreView.class, String.valueOf(inside));
        String name = jdbc.queryForObject("select name from cadres where id = ?", String.class, inside);
        assertThat(view.getPageTitle()).startsWith(name);
        assertThat($(TextField.class).id("field-name").getValue()).isEqualTo(name);
    }

    private void showCadre(String id) {
        try {
            navigate("cadre/" + id, CadreView.class);
        } catch (IllegalArgumentException e) {
            // the error view is shown instead of the cadre view; checked by the caller
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void retiringRefusesAFutureDateAndAMissingReasonOnTheirFieldsAndLeavesTheCadreInOffice() {
        long id = jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE'", Long.class);
        navigate(CadreView.class, String.valueOf(id));
        test($(Button.class).id("retire-cadre")).click();
        DatePicker on = $(DatePicker.class).id("retire-on");
        TextArea reason = $(TextArea.class).id("retire-reason");

        LocalDate today = LocalDate.now(clock); // the portal's day (Beijing), not the test machine's
        on.setValue(today.plusDays(1));
        test(reason).setValue("到龄退休");
        test($(Button.class).id("confirm-retire")).click();
        assertThat(on.isInvalid()).isTrue();
        assertThat(on.getErrorMessage()).isEqualTo("日期不能晚于今天");

        on.setValue(today);
        test(reason).setValue("");
        test($(Button.class).id("confirm-retire")).click();
        assertThat(on.isInvalid()).as("the date's refusal is cleared on the next try").isFalse();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("必填项");
        assertThat(jdbc.queryForObject("select status from cadres where id = ?", String.class, id)).isEqualTo("ACTIVE");
    }
}
