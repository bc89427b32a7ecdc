package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemType;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.ProgressForm;
import org.cadreportal.supervision.Rung;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.supervision.service.LightJob;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MovableClock;
import org.cadreportal.testing.NightlySweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB: the ladder counted per responsible cadre across his items, and the four control methods
 * (四法管控) each against a case worked out by hand, through a report (one item) and the nightly sweep.
 */
class SupervisionRulesIT extends LiveTest {

    @Autowired
    SupervisionService items;

    @Autowired
    LightJob job;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    /** An active cadre on no item and in no case, a different one for each offset. */
    private long freshCadre(int offset) {
        return jdbc.queryForObject("""
                select id from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and not exists (select 1 from supervision_item_cadres s where s.cadre_id = c.id)
                order by id desc limit 1 offset ?""", Long.class, offset);
    }

    private ItemForm form(String title, ControlMethod method, long cadreId, LocalDate start, LocalDate end,
                          List<MilestoneForm> milestones) {
        ItemForm f = new ItemForm();
        f.setTitle(title);
        f.setAspectId(1L);
        f.setType(ItemType.CONSTRUCTION);
        f.setMethod(method);
        f.setLeadUnitId(jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId));
        f.setCadreIds(Set.of(cadreId));
        f.setStartDate(start);
        f.setEndDate(end);
        f.setMilestones(milestones);
        return f;
    }

    private ItemDetails online(ItemForm f) {
        return as().call(DemoAccounts.SUPERVISION, () -> {
            ItemDetails d = items.create(f);
            return items.approveOnline(d.id(), d.version());
        });
    }

    private ItemDetails report(long id, int progress, BigDecimal value) {
        return as().call(DemoAccounts.SUPERVISION, () -> items.reportProgress(id, new ProgressForm(progress, "进度报告",
                value, List.of())));
    }

    private LightSettings settings() {
        return as().call(DemoAccounts.SUPERVISION, () -> items.settings());
    }

    @Test
    void aCadresThirdRedAcrossThreeItemsIsAProposalToAdjust() throws Exception {
        long cadreId = freshCadre(11);
        LocalDate today = LocalDate.now(clock);
        Rung[] expected = {Rung.REMINDER, Rung.INTERVIEW, Rung.ADJUSTMENT};
        long[] ids = new long[3];
        for (int n = 0; n < 3; n++) {
            // Each item goes online with a milestone already missed: its own first red, his n-th this year.
            ItemDetails item = online(form("逐级问责事项" + n, ControlMethod.GANTT, cadreId, today.minusDays(60),
                    today.plusDays(120), List.of(new MilestoneForm("完成征地", today.minusDays(1), 30),
                            new MilestoneForm("主体完工", today.plusDays(90), 100))));
            ids[n] = item.id();
            assertThat(item.light()).isEqualTo(Light.RED);
            assertThat(item.escalations()).singleElement().satisfies(e -> {
                assertThat(e.cadreId()).isEqualTo(cadreId);
                assertThat(e.redCount()).isEqualTo(1);
            });
        }
        for (int n = 0; n < 3; n++) {
            long id = ids[n];
            ItemDetails d = as().call(DemoAccounts.SUPERVISION, () -> items.get(id));
            // Per-item history: each item shows its own row, with the cadre's count that chose the rung.
            assertThat(d.escalations()).extracting(ItemDetails.EscalationRow::rung).containsExactly(expected[n]);
            assertThat(d.escalations().getFirst().cadreRedCount()).isEqualTo(n + 1);
        }
        // The interview waits for its record; the reminder went out as a notice and an SMS.
        assertThat(jdbc.queryForObject("select count(*) from escalations where cadre_id = ? and rung = 'INTERVIEW'"
                + " and done = false", Long.class, cadreId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_messages where cadre_id = ?", Long.class, cadreId))
                .isEqualTo(1);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Long opened = null;
        while (opened == null && Instant.now().isBefore(deadline)) {
            opened = jdbc.query("select id from adjustment_cases where cadre_id = ? and source = 'SUPERVISION'",
                    rs -> rs.next() ? rs.getLong(1) : null, cadreId);
            if (opened == null) {
                Thread.sleep(200);
            }
        }
        assertThat(opened).isNotNull();
        assertThat(jdbc.queryForObject("select summary from adjustment_cases where id = ?", String.class, opened))
                .contains(as().call(DemoAccounts.SUPERVISION, () -> items.get(ids[2])).itemNo());
    }

    @Test
    void aRedBeforeThePlanYearDoesNotCount() {
        long cadreId = freshCadre(12);
        LocalDate today = LocalDate.now(clock);
        ItemDetails first = online(form("跨年度事项", ControlMethod.GANTT, cadreId, today.minusDays(60),
                today.plusDays(120), List.of(new MilestoneForm("完成征地", today.minusDays(1), 30))));
        // Last plan year's red: moved back to before this plan year began.
        jdbc.update("update escalations set raised_on = ? where item_id = ?",
                settings().windowStart(today).minusDays(1), first.id());
        ItemDetails second = online(form("新年度事项", ControlMethod.GANTT, cadreId, today.minusDays(60),
                today.plusDays(120), List.of(new MilestoneForm("完成征地", today.minusDays(1), 30))));
        assertThat(second.escalations()).extracting(ItemDetails.EscalationRow::rung).containsExactly(Rung.REMINDER);
    }

    @Test
    void nodeTaskAMissedNodeIsRedAtOnce() {
        LocalDate today = LocalDate.now(clock);
        ItemDetails item = online(form("审批事项", ControlMethod.MILESTONE, freshCadre(13), today.minusDays(30),
                today.plusDays(90), List.of(new MilestoneForm("完成立项", today.minusDays(1), 30),
                        new MilestoneForm("取得施工许可", today.plusDays(3), 60),
                        new MilestoneForm("开工", today.plusDays(60), 100))));
        assertThat(item.light()).isEqualTo(Light.RED);
        assertThat(item.explanation().reasonArgs()).startsWith("完成立项");
        // The missed node reached: the next node is 3 days away and not reached, yellow whatever the lag.
        ItemDetails after = report(item.id(), 59, null);
        assertThat(after.light()).isEqualTo(Light.YELLOW);
        assertThat(after.milestones()).extracting(ItemDetails.MilestoneRow::light)
                .containsExactly(Light.GREEN, Light.YELLOW, Light.GREEN);
        assertThat(report(item.id(), 60, null).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void ganttTheWorstMilestoneWithinTheToleratedLag() {
        LocalDate today = LocalDate.now(clock);
        int lag = settings().lagPoints();
        ItemDetails item = online(form("在建项目", ControlMethod.GANTT, freshCadre(14), today.minusDays(30),
                today.plusDays(90), List.of(new MilestoneForm("主体封顶", today.plusDays(3), 50 + lag))));
        assertThat(item.light()).isEqualTo(Light.YELLOW);
        assertThat(report(item.id(), 50, null).light()).isEqualTo(Light.GREEN);
        ItemDetails behind = report(item.id(), 49, null);
        assertThat(behind.light()).isEqualTo(Light.YELLOW);
        assertThat(behind.explanation().ruleKey()).isEqualTo("supervision.rule.GANTT");
    }

    @Test
    void benchmarkBehindTheBenchmarksCurveAtTheSameShareOfThePeriod() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int lag = settings().lagPoints();
        // The benchmark: a finished project of 200 days, 50 % after 100 days and 100 % at the end (its reports).
        LocalDate b0 = today.minusDays(400);
        long benchmarkId = as().call(DemoAccounts.SUPERVISION, () -> items.create(form("标杆厂房", ControlMethod.GANTT,
                freshCadre(15), b0, b0.plusDays(200), List.of(new MilestoneForm("竣工", b0.plusDays(200), 100))))).id();
        insertReport(benchmarkId, b0.plusDays(100), 50);
        insertReport(benchmarkId, b0.plusDays(200), 100);
        // The item has used 50 of its 100 days: it should stand where the benchmark stood on day 100, at 50 %.
        ItemForm f = form("对标厂房", ControlMethod.BENCHMARK, freshCadre(16), today.minusDays(50), today.plusDays(50),
                List.of(new MilestoneForm("竣工", today.plusDays(50), 100)));
        f.setType(ItemType.INDUSTRIAL);
        f.setBenchmarkItemId(benchmarkId);
        ItemDetails item = online(f);
        assertThat(item.light()).isEqualTo(Light.RED);
        assertThat(item.type()).isEqualTo(ItemType.INDUSTRIAL);
        assertThat(report(item.id(), 50 - lag, null).light()).isEqualTo(Light.GREEN);
        ItemDetails yellow = report(item.id(), 49 - lag, null);
        assertThat(yellow.light()).isEqualTo(Light.YELLOW);
        assertThat(yellow.explanation().reasonArgs()).containsExactly("50", yellow.benchmark().itemNo(),
                b0.plusDays(100).toString(), "50", String.valueOf(49 - lag), String.valueOf(lag + 1));
        assertThat(report(item.id(), 29 - lag, null).light()).isEqualTo(Light.RED);
        report(item.id(), 49 - lag, null);

        // The nightly sweep reads the same curve: a later report of the benchmark's day 100 at 80 % makes the
        // item 31 + lag points behind, red.
        insertReport(benchmarkId, b0.plusDays(100), 80);
        NightlySweep.runOnce(job);
        assertThat(jdbc.queryForObject("select light from supervision_items where id = ?", String.class, item.id()))
                .isEqualTo("RED");
    }

    @Test
    void monitorTheMonthsValueAgainstItsBand() {
        LocalDate today = LocalDate.now(clock);
        ItemForm f = form("规上工业增长点", ControlMethod.MONITOR, freshCadre(17), today.withDayOfMonth(1).minusDays(5),
                today.plusDays(200), List.of(new MilestoneForm("全年产值", today.plusDays(200), 100)));
        f.setType(ItemType.GROWTH);
        f.setMonitorName("月度产值（万元）");
        f.setMonitorTarget(new BigDecimal("5000"));
        f.setMonitorFloor(new BigDecimal("4000"));
        ItemDetails item = online(f);
        // Running since last month and nothing reported: yellow.
        assertThat(item.light()).isEqualTo(Light.YELLOW);
        assertThat(item.explanation().reasonKey()).isEqualTo("supervision.rule.monitor.missing");
        assertThat(report(item.id(), 10, new BigDecimal("5200")).light()).isEqualTo(Light.GREEN);
        assertThat(report(item.id(), 10, new BigDecimal("4000")).light()).isEqualTo(Light.YELLOW);
        ItemDetails red = report(item.id(), 10, new BigDecimal("3999.99"));
        assertThat(red.light()).isEqualTo(Light.RED);
        assertThat(red.explanation().reasonKey()).isEqualTo("supervision.rule.monitor");
    }

    private void insertReport(long itemId, LocalDate on, int progress) {
        jdbc.update("""
                insert into progress_reports (id, item_id, reported_at, reporter, reporter_name, actual_progress,
                report_text) values (next value for progress_reports_seq, ?, ?, 'supervision', '督查室', ?, '标杆进度')""",
                itemId, Timestamp.valueOf(on.atTime(12, 0).plusSeconds(progress)), progress);
    }
}
