package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadreportal.base.ui.HomeView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.Leader;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.supervision.ui.ItemListView;
import org.cadreportal.supervision.ui.ItemView;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Project facts and field records on the item page, the list's leader filter and sums, the leader's home card. */
class ProjectFactsViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SupervisionService items;

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    private ItemDetails onlineItem() {
        long cadreId = jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE'", Long.class);
        long unitId = jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId);
        LocalDate today = LocalDate.now();
        ItemForm form = new ItemForm();
        form.setTitle("园区标准化厂房二期");
        form.setAspectId(1L);
        form.setMethod(ControlMethod.GANTT);
        form.setLeadUnitId(unitId);
        form.setCadreIds(Set.of(cadreId));
        form.setStartDate(today.minusDays(10));
        form.setEndDate(today.plusDays(100));
        form.setMilestones(List.of(new MilestoneForm("竣工验收", today.plusDays(90), 100)));
        ItemDetails d = items.create(form);
        return items.approveOnline(d.id(), d.version());
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void anInspectionProblemRecordedOnTheItemPageBecomesOneOfItsMilestones() {
        ItemDetails item = onlineItem();
        navigate(ItemView.class, item.id());
        assertThat(present("item-edit-facts")).isTrue();
        assertThat(present("item-report-investment")).isTrue();
        test($(Button.class).id("item-record-inspection")).click();
        test($(TextField.class).id("inspection-team")).setValue("市委督查室第一组");
        HorizontalLayout line = (HorizontalLayout) $(Div.class).id("inspection-problems").getChildren()
                .filter(HorizontalLayout.class::isInstance).findFirst().orElseThrow();
        ((TextField) line.getComponentAt(0)).setValue("施工现场扬尘治理不到位");
        ((DatePicker) line.getComponentAt(1)).setValue(LocalDate.now().plusDays(7));
        ((IntegerField) line.getComponentAt(2)).setValue(15);
        test($(Button.class).id("inspection-save")).click();
        @SuppressWarnings("unchecked")
        Grid<ItemDetails.MilestoneRow> milestones = $(Grid.class).id("item-milestones");
        List<String> names = java.util.stream.IntStream.range(0, test(milestones).size())
                .mapToObj(i -> test(milestones).getRow(i).name()).toList();
        assertThat(names).contains("施工现场扬尘治理不到位", "竣工验收");
        assertThat($(Div.class).id("item-inspections").getElement().getTextRecursively())
                .contains("市委督查室第一组").contains("施工现场扬尘治理不到位");

        // The facts dialog names the city leader; the page shows him.
        test($(Button.class).id("item-edit-facts")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Leader> leader = $(ComboBox.class).id("facts-leader");
        leader.setValue(leader.getListDataView().getItems()
                .filter(l -> l.username().equals(DemoAccounts.COMMITTEE_2)).findFirst().orElseThrow());
        $(com.vaadin.flow.component.textfield.BigDecimalField.class).id("facts-total").setValue(new BigDecimal("800"));
        test($(Button.class).id("facts-save")).click();
        assertThat($(Span.class).id("item-leader").getText()).isEqualTo(DemoAccounts.COMMITTEE_2_NAME);
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void theLeaderFilterKeepsHisItemsAndTheSumsLineAddsTheirInvestment() {
        jdbc.update("""
                update supervision_items set leader_username = ?, leader_name = ?, total_investment = 100.5
                where id in (select id from (select id from supervision_items order by id limit 3) x)""",
                DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_4_NAME);
        navigate(ItemListView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Leader> leader = $(ComboBox.class).id("item-leader-filter");
        leader.setValue(leader.getListDataView().getItems()
                .filter(l -> l.username().equals(DemoAccounts.COMMITTEE_4)).findFirst().orElseThrow());
        long expected = jdbc.queryForObject("select count(*) from supervision_items where leader_username = ?",
                Long.class, DemoAccounts.COMMITTEE_4);
        BigDecimal total = jdbc.queryForObject("select sum(total_investment) from supervision_items"
                + " where leader_username = ?", BigDecimal.class, DemoAccounts.COMMITTEE_4);
        @SuppressWarnings("unchecked")
        Grid<ItemRow> grid = $(Grid.class).id("item-grid");
        assertThat(test(grid).size()).isEqualTo((int) expected).isPositive();
        assertThat($(Span.class).id("item-investment-sums").getText())
                .startsWith("总投资 " + total.toPlainString());
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE_5)
    void theCityLeaderSeesTheItemsHeIsInChargeOfOnHisHomePage() {
        String title = jdbc.queryForObject("select title from supervision_items where id = (select max(id)"
                + " from supervision_items)", String.class);
        jdbc.update("update supervision_items set leader_username = ?, leader_name = ?"
                + " where id = (select max(id) from (select id from supervision_items) x)",
                DemoAccounts.COMMITTEE_5, DemoAccounts.COMMITTEE_5_NAME);
        navigate(HomeView.class);
        assertThat(present("home-leader-items")).isTrue();
        assertThat($(Div.class).id("home-leader-items").getElement().getTextRecursively()).contains(title);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE_3)
    void aLeaderInChargeOfNothingSeesNoCard() {
        jdbc.update("update supervision_items set leader_username = null where leader_username = ?",
                DemoAccounts.COMMITTEE_3);
        navigate(HomeView.class);
        assertThat(present("home-leader-items")).isFalse();
    }
}
