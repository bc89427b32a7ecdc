package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.FactsFilter;
import org.cadreportal.supervision.FactsForm;
import org.cadreportal.supervision.InspectionForm;
import org.cadreportal.supervision.InvestmentForm;
import org.cadreportal.supervision.InvestmentSums;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemRecords;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.ProjectFactsService;
import org.cadreportal.supervision.SchedulingForm;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.supervision.service.LightJob;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MovableClock;
import org.cadreportal.testing.NightlySweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB: project facts (包保市领导, investment with monthly reports, 开工, 入库) filtered and summed in SQL
 * within the data scope; 暗访督导 and 专题会调度 records whose deadlines become milestones, refused whole when
 * one line is wrong, audited, and turning the item red when a rectification deadline passes.
 */
class ProjectFactsIT extends LiveTest {

    @Autowired
    SupervisionService items;

    @Autowired
    ProjectFactsService facts;

    @Autowired
    LightJob job;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private AsUser as() {
        return new AsUser(userDetails);
    }

    /** An online item of a city department (outside 东安县), 40 days into a 200-day period, at 20 %. */
    private ItemDetails onlineItem(String title) {
        long cadreId = jdbc.queryForObject("""
                select c.id from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code not like 'X01%'
                order by c.id limit 1 offset 11""", Long.class);
        long unitId = jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId);
        LocalDate today = LocalDate.now(clock);
        ItemForm form = new ItemForm();
        form.setTitle(title);
        form.setAspectId(1L);
        form.setMethod(ControlMethod.GANTT);
        form.setLeadUnitId(unitId);
        form.setCadreIds(Set.of(cadreId));
        form.setStartDate(today.minusDays(40));
        form.setEndDate(today.plusDays(160));
        form.setMilestones(List.of(new MilestoneForm("竣工", today.plusDays(150), 100)));
        return as().call(DemoAccounts.SUPERVISION, () -> {
            ItemDetails d = items.create(form);
            d = items.approveOnline(d.id(), d.version());
            return items.reportProgress(d.id(), new org.cadreportal.supervision.ProgressForm(20, "前期完成", null,
                    List.of()));
        });
    }

    @Test
    void factsAreCheckedSummedPerLeaderAndShownOnHisHomeList() {
        ItemDetails item = onlineItem("城东污水处理厂扩建");
        long id = item.id();
        int version = as().call(DemoAccounts.SUPERVISION, () -> facts.records(id).version());
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> as().call(DemoAccounts.SUPERVISION, () -> facts.saveFacts(id, new FactsForm(version,
                DemoAccounts.COMMITTEE_2, new BigDecimal("1000"), new BigDecimal("1200"), null, null))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("annualInvestment"));
        assertThatThrownBy(() -> as().call(DemoAccounts.SUPERVISION, () -> facts.saveFacts(id, new FactsForm(version,
                DemoAccounts.COMMITTEE_2, null, null, today.minusDays(5), today.minusDays(9)))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("registeredOn"));
        assertThatThrownBy(() -> as().call(DemoAccounts.SUPERVISION, () -> facts.saveFacts(id, new FactsForm(version,
                DemoAccounts.CLERK, null, null, null, null))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("leaderUsername"));
        ItemRecords saved = as().call(DemoAccounts.SUPERVISION, () -> facts.saveFacts(id, new FactsForm(version,
                DemoAccounts.COMMITTEE_4, new BigDecimal("1000.50"), new BigDecimal("300"), today.minusDays(30),
                null)));
        assertThat(saved.facts().leaderName()).isEqualTo(DemoAccounts.COMMITTEE_4_NAME);

        YearMonth now = YearMonth.from(today);
        as().call(DemoAccounts.SUPERVISION, () -> facts.reportInvestment(id, new InvestmentForm(now, new BigDecimal("50"))));
        as().call(DemoAccounts.SUPERVISION, () -> facts.reportInvestment(id,
                new InvestmentForm(now.minusMonths(1), new BigDecimal("70.25"))));
        // A second report for the month corrects the first: 已完成 is the sum of one figure per month.
        ItemRecords r = as().call(DemoAccounts.SUPERVISION, () -> facts.reportInvestment(id,
                new InvestmentForm(now, new BigDecimal("60"))));
        assertThat(r.facts().completedInvestment()).isEqualByComparingTo("130.25");
        assertThat(r.investments()).hasSize(2);
        assertThatThrownBy(() -> as().call(DemoAccounts.SUPERVISION, () -> facts.reportInvestment(id,
                new InvestmentForm(now.plusMonths(1), BigDecimal.ONE))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("month"));
        assertThat(jdbc.queryForObject("select count(*) from investment_reports_aud a join investment_reports r"
                + " on r.id = a.id where r.item_id = ?", Long.class, id)).isEqualTo(3);

        FactsFilter mine = new FactsFilter(DemoAccounts.COMMITTEE_4, true, false);
        InvestmentSums sums = as().call(DemoAccounts.SUPERVISION, () -> facts.sums(ItemFilter.all(), mine));
        var expected = jdbc.queryForMap("""
                select count(*) n, coalesce(sum(total_investment), 0) t, coalesce(sum(annual_investment), 0) a,
                coalesce(sum(completed_investment), 0) c from supervision_items
                where leader_username = ? and started_on is not null and registered_on is null""",
                DemoAccounts.COMMITTEE_4);
        assertThat(sums.items()).isEqualTo(((Number) expected.get("n")).longValue()).isPositive();
        assertThat(sums.total()).isEqualByComparingTo((BigDecimal) expected.get("t"));
        assertThat(sums.annual()).isEqualByComparingTo((BigDecimal) expected.get("a"));
        assertThat(sums.completed()).isEqualByComparingTo((BigDecimal) expected.get("c"));
        List<ItemRow> rows = as().call(DemoAccounts.SUPERVISION, () -> facts.page(ItemFilter.all(), mine,
                PageRequest.of(0, 50)).getContent());
        assertThat(rows).extracting(ItemRow::id).contains(id).hasSize((int) sums.items());

        // The county clerk's scope excludes the city department's item: not in his sums, and missing by id.
        InvestmentSums county = as().call(DemoAccounts.COUNTY_CLERK, () -> facts.sums(ItemFilter.all(), mine));
        assertThat(county.items()).isZero();
        assertThatThrownBy(() -> as().call(DemoAccounts.COUNTY_CLERK, () -> facts.records(id)))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(as().call(DemoAccounts.COMMITTEE_4, () -> facts.leaderItems(PageRequest.of(0, 100)).getContent()))
                .extracting(ItemRow::id).contains(id);
        assertThat(as().call(DemoAccounts.COMMITTEE_3, () -> facts.leaderItems(PageRequest.of(0, 100)).getContent()))
                .extracting(ItemRow::id).doesNotContain(id);
    }

    @Test
    void aLeaderWhoseScopeDoesNotCoverHisItemStillOpensItsPageFromHisHomeList() {
        ItemDetails item = onlineItem("城西供水管网改造");
        long id = item.id();
        int version = as().call(DemoAccounts.SUPERVISION, () -> facts.records(id).version());
        as().call(DemoAccounts.SUPERVISION, () -> facts.saveFacts(id, new FactsForm(version, DemoAccounts.COMMITTEE_4,
                null, null, null, null)));
        String scopes = "select scope_unit_id from user_accounts where username = ?";
        Long scope4 = jdbc.queryForObject(scopes, Long.class, DemoAccounts.COMMITTEE_4);
        Long scope3 = jdbc.queryForObject(scopes, Long.class, DemoAccounts.COMMITTEE_3);
        long county = jdbc.queryForObject("select id from units where code = 'X01'", Long.class);
        String narrow = "update user_accounts set scope_unit_id = ? where username = ?";
        jdbc.update(narrow, county, DemoAccounts.COMMITTEE_4);
        jdbc.update(narrow, county, DemoAccounts.COMMITTEE_3);
        try {
            assertThat(as().call(DemoAccounts.COMMITTEE_4, () -> facts.leaderItems(PageRequest.of(0, 100))
                    .getContent())).extracting(ItemRow::id).contains(id);
            assertThat(as().call(DemoAccounts.COMMITTEE_4, () -> items.get(id)).title()).isEqualTo("城西供水管网改造");
            assertThatThrownBy(() -> as().call(DemoAccounts.COMMITTEE_3, () -> items.get(id)))
                    .as("a county committee member who is not its leader").isInstanceOf(RecordNotFoundException.class);
        } finally {
            jdbc.update(narrow, scope4, DemoAccounts.COMMITTEE_4);
            jdbc.update(narrow, scope3, DemoAccounts.COMMITTEE_3);
        }
    }

    @Test
    void anInspectionProblemIsAMilestoneThatTurnsTheItemRedWhenItsDeadlinePasses() throws Exception {
        ItemDetails item = onlineItem("高新区孵化器改造");
        long id = item.id();
        LocalDate today = LocalDate.now(clock);
        long before = jdbc.queryForObject("select count(*) from field_inspections", Long.class);
        // One wrong line refuses the whole record: nothing half-saved, no milestone added.
        assertThatThrownBy(() -> as().call(DemoAccounts.SUPERVISION, () -> facts.recordInspection(new InspectionForm(
                today, "市委督查室第二组", null, List.of(id), List.of(
                new InspectionForm.Problem(id, "现场安全围挡缺失", today.plusDays(5), 30),
                new InspectionForm.Problem(id, "进度台账不全", today.plusDays(300), 40))))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("supervision.error.deadlineOutside"));
        assertThatThrownBy(() -> as().call(DemoAccounts.SUPERVISION, () -> facts.recordInspection(new InspectionForm(
                today, "市委督查室第二组", null, List.of(id), List.of(
                new InspectionForm.Problem(id, "进度滞后", today.plusDays(5), 20))))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("supervision.error.expectedNotAhead"));
        assertThat(jdbc.queryForObject("select count(*) from field_inspections", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from milestones where item_id = ?", Long.class, id))
                .isEqualTo(1);

        long inspection = as().call(DemoAccounts.SUPERVISION, () -> facts.recordInspection(new InspectionForm(
                today, "市委督查室第二组", "未打招呼直奔现场", List.of(id), List.of(
                new InspectionForm.Problem(id, "现场安全围挡缺失", today.plusDays(5), 30)))));
        assertThat(jdbc.queryForObject("select count(*) from field_inspections_aud where id = ?", Long.class,
                inspection)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from inspection_problems_aud", Long.class)).isPositive();
        ItemDetails after = as().call(DemoAccounts.SUPERVISION, () -> items.get(id));
        assertThat(after.milestones()).extracting(ItemDetails.MilestoneRow::name).contains("现场安全围挡缺失");
        // Judged at once: due in 5 days (inside the 7-day window) at 20 % against 30 %: yellow already.
        assertThat(after.light()).isEqualTo(Light.YELLOW);
        ItemRecords r = as().call(DemoAccounts.SUPERVISION, () -> facts.records(id));
        assertThat(r.inspections()).hasSize(1);
        assertThat(r.inspections().get(0).problems()).extracting(ItemRecords.Problem::description)
                .containsExactly("现场安全围挡缺失");

        clock.advance(Duration.ofDays(6));
        NightlySweep.runOnce(job);
        assertThat(as().call(DemoAccounts.SUPERVISION, () -> items.get(id)).light()).isEqualTo(Light.RED);
    }

    @Test
    void aMeetingsDecisionsBecomeMilestonesOrANewDraftItem() {
        ItemDetails item = onlineItem("物流园铁路专用线");
        long id = item.id();
        LocalDate today = LocalDate.now(clock);
        long meeting = as().call(DemoAccounts.SUPERVISION, () -> facts.recordMeeting(new SchedulingForm(today,
                "重点项目专题调度会", "钱国华", List.of(
                new SchedulingForm.Decision(id, "完成征地拆迁", today.plusDays(30), 45, null),
                new SchedulingForm.Decision(null, "配套道路立项", today.plusDays(60), null,
                        new SchedulingForm.NewItem(item.aspect().id(), item.leadUnitId(),
                                Set.of(item.cadres().get(0).id())))))));
        assertThat(meeting).isPositive();
        ItemDetails after = as().call(DemoAccounts.SUPERVISION, () -> items.get(id));
        assertThat(after.milestones()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("完成征地拆迁");
            assertThat(m.plannedProgress()).isEqualTo(45);
        });
        Long opened = jdbc.queryForObject("select item_id from meeting_decisions where meeting_id = ? and new_item",
                Long.class, meeting);
        ItemDetails created = as().call(DemoAccounts.SUPERVISION, () -> items.get(opened));
        assertThat(created.title()).isEqualTo("配套道路立项");
        assertThat(created.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(as().call(DemoAccounts.SUPERVISION, () -> facts.records(id)).decisions())
                .extracting(ItemRecords.Decision::text).containsExactly("完成征地拆迁");
        assertThat(jdbc.queryForObject("select count(*) from meeting_decisions_aud d join meeting_decisions m"
                + " on m.id = d.id where m.meeting_id = ?", Long.class, meeting)).isEqualTo(2);
        // A decision on an item not online is refused.
        assertThatThrownBy(() -> as().call(DemoAccounts.SUPERVISION, () -> facts.recordMeeting(new SchedulingForm(
                today, "再次调度", "钱国华", List.of(new SchedulingForm.Decision(opened, "开工", today.plusDays(10),
                50, null))))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("supervision.error.itemNotOnline"));
    }
}
