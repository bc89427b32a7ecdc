package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadreportal.base.ui.HomeView;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.FactsFilter;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.Leader;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.ProjectFactsService;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.supervision.ui.ItemListView;
import org.cadreportal.supervision.ui.ItemView;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Project facts and field records (one inspection at several items) on the item page, the list's leader filter and sums, the leader's home card. */
class ProjectFactsViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SupervisionService items;

    @Autowired
    ProjectFactsService facts;

    @Autowired
    CadreService cadres;

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    private ItemDetails onlineItem() {
        return onlineItem("园区标准化厂房二期");
    }

    private ItemDetails onlineItem(String title) {
        long cadreId = jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE'", Long.class);
        long unitId = jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId);
        LocalDate today = LocalDate.now();
        ItemForm form = new ItemForm();
        form.setTitle(title);
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

    /**
     * One 暗访督导 visits three items: each problem becomes a milestone of the item it was found at only, and the
     * record shows on each visited item's page and on its responsible cadre's timeline, a visit that found
     * nothing too.
     */
    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    @SuppressWarnings("unchecked")
    void anInspectionVisitingSeveralItemsPutsEachProblemOnItsOwnItem() {
        ItemDetails first = onlineItem("城南污水处理厂提标");
        ItemDetails second = onlineItem("城北农贸市场改造");
        ItemDetails third = onlineItem("老旧小区加装电梯");
        navigate(ItemView.class, first.id());
        test($(Button.class).id("item-record-inspection")).click();
        test($(TextField.class).id("inspection-team")).setValue("市委督查室第二组");
        MultiSelectComboBox<ItemRow> visited = $(MultiSelectComboBox.class).id("inspection-items");
        assertThat(visited.getValue()).extracting(ItemRow::id).containsExactly(first.id());
        List<HorizontalLayout> lines = chooseWithTwoLines("inspection", "inspection-problems", first, second, third);
        fill(lines.get(0), "出水总磷超标", first);
        fill(lines.get(1), "摊位改造进度滞后", second);
        test($(Button.class).id("inspection-save")).click();
        assertThat($(Div.class).id("item-inspections").getElement().getTextRecursively())
                .contains("市委督查室第二组").contains("出水总磷超标").doesNotContain("摊位改造进度滞后");

        assertThat(items.get(first.id()).milestones()).extracting(ItemDetails.MilestoneRow::name)
                .contains("出水总磷超标").doesNotContain("摊位改造进度滞后");
        assertThat(items.get(second.id()).milestones()).extracting(ItemDetails.MilestoneRow::name)
                .contains("摊位改造进度滞后").doesNotContain("出水总磷超标");
        navigate(ItemView.class, second.id());
        assertThat($(Div.class).id("item-inspections").getElement().getTextRecursively())
                .contains("市委督查室第二组").contains("摊位改造进度滞后");
        navigate(ItemView.class, third.id());
        assertThat($(Div.class).id("item-inspections").getElement().getTextRecursively())
                .contains("市委督查室第二组").contains("未发现问题");

        long cadreId = first.cadres().get(0).id();
        assertThat(cadres.timeline(cadreId)).filteredOn(e -> e.kindKey().equals("timeline.kind.fieldInspection"))
                .extracting(e -> e.title() + " " + e.detail())
                .anyMatch(t -> t.contains("城南污水处理厂提标") && t.contains("出水总磷超标"))
                .anyMatch(t -> t.contains("城北农贸市场改造") && t.contains("摊位改造进度滞后"))
                .anyMatch(t -> t.contains("老旧小区加装电梯") && t.contains("市委督查室第二组"));
    }

    /** A 专题会调度 on two items: each decision becomes a milestone of the item it names, shown on both pages. */
    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void aSchedulingMeetingOnTwoItemsGivesEachItsOwnDecision() {
        ItemDetails first = onlineItem("高铁站前广场改造");
        ItemDetails second = onlineItem("城西供水管网更新");
        navigate(ItemView.class, first.id());
        test($(Button.class).id("item-record-meeting")).click();
        test($(TextField.class).id("meeting-topic")).setValue("城建项目专题调度会");
        test($(TextField.class).id("meeting-chair")).setValue("钱国华");
        List<HorizontalLayout> lines = chooseWithTwoLines("meeting", "meeting-decisions", first, second);
        fill(lines.get(0), "广场地下通道月底贯通", first);
        fill(lines.get(1), "管网更新倒排工期", second);
        test($(Button.class).id("meeting-save")).click();
        assertThat(items.get(first.id()).milestones()).extracting(ItemDetails.MilestoneRow::name)
                .contains("广场地下通道月底贯通").doesNotContain("管网更新倒排工期");
        assertThat(items.get(second.id()).milestones()).extracting(ItemDetails.MilestoneRow::name)
                .contains("管网更新倒排工期");
        navigate(ItemView.class, second.id());
        assertThat($(Div.class).id("item-decisions").getElement().getTextRecursively())
                .contains("城建项目专题调度会").contains("管网更新倒排工期").doesNotContain("广场地下通道月底贯通");
    }

    /** Chooses the record's items in its dialog and adds a second line; returns the lines. */
    @SuppressWarnings("unchecked")
    private List<HorizontalLayout> chooseWithTwoLines(String prefix, String linesId, ItemDetails... chosen) {
        MultiSelectComboBox<ItemRow> box = $(MultiSelectComboBox.class).id(prefix + "-items");
        box.setValue(Arrays.stream(chosen).map(this::row).collect(Collectors.toSet()));
        test($(Button.class).id(linesId + "-add")).click();
        return $(Div.class).id(linesId).getChildren().filter(HorizontalLayout.class::isInstance)
                .map(HorizontalLayout.class::cast).toList();
    }

    private ItemRow row(ItemDetails d) {
        return facts.page(new ItemFilter(d.itemNo(), null, null, null, null, null, ItemStatus.ONLINE, false),
                FactsFilter.none(), PageRequest.of(0, 5)).stream().filter(r -> r.id() == d.id()).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void fill(HorizontalLayout line, String problem, ItemDetails at) {
        ((TextField) line.getComponentAt(0)).setValue(problem);
        ((DatePicker) line.getComponentAt(1)).setValue(LocalDate.now().plusDays(20));
        ((IntegerField) line.getComponentAt(2)).setValue(25);
        Select<ItemRow> item = (Select<ItemRow>) line.getComponentAt(3);
        item.setValue(item.getListDataView().getItems().filter(r -> r.id() == at.id()).findFirst().orElseThrow());
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
