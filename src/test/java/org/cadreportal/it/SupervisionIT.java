package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.ProgressForm;
import org.cadreportal.supervision.Rung;
import org.cadreportal.supervision.SupervisionFigures;
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

/** On MariaDB: the article's 2025 figures, the nightly job on one node only, and the ladder up to a 下 case. */
class SupervisionIT extends LiveTest {

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

    @Test
    void theDemoYear2025GivesTheArticlesFigures() {
        SupervisionFigures f = as().call(DemoAccounts.SUPERVISION, () ->
                items.figures(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null));
        assertThat(f.itemsOnline()).isEqualTo(973);
        assertThat(f.itemsClosed()).isEqualTo(475);
        assertThat(f.redRatePercent()).isEqualTo(6.7);
        assertThat(f.interviews()).isEqualTo(32);
        // A reminder for every first red (each red item's cadre has no other); with the daily milestone reminders
        // they reach the cadres as one SMS per cadre and day, and the figure counts those the outbox delivered
        // (docs/metrics.md): the article's 1万余, as the nightly sweep of the demo's year produced them.
        long red = jdbc.queryForObject("select count(*) from escalations where rung = 'REMINDER'"
                + " and raised_on between '2025-01-01' and '2025-12-31'", Long.class);
        long delivered = jdbc.queryForObject("select count(*) from outbox_messages where channel = 'SMS'"
                + " and topic = 'SUPERVISION' and status = 'SENT' and sent_at >= '2025-01-01' and sent_at < '2026-01-01'",
                Long.class);
        assertThat(red).isEqualTo(f.itemsRed());
        assertThat(f.reminders()).isEqualTo(delivered).isBetween(10_000L, 19_999L);
    }

    @Test
    void twoSchedulersFiringTogetherSweepOnce() throws Exception {
        long before = job.runs();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                job.run();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : runs) {
            f.get();
        }
        pool.shutdown();
        assertThat(job.runs() - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'supervision-lights'", Long.class))
                .isEqualTo(1);

        // The sweep sent today's 节点提醒: every responsible cadre of every yellow or red milestone not reached
        // has one, and a later sweep the same day sends none again.
        LocalDate today = LocalDate.now(clock);
        String due = """
                select count(*) from milestones m join supervision_items i on i.id = m.item_id
                join supervision_item_cadres ic on ic.item_id = m.item_id
                where i.status = 'ONLINE' and m.done_on is null and m.light in ('YELLOW', 'RED')""";
        long owed = jdbc.queryForObject(due, Long.class);
        long reminded = jdbc.queryForObject(due + " and exists (select 1 from supervision_reminders r"
                + " where r.milestone_id = m.id and r.cadre_id = ic.cadre_id and r.sent_on = ?)", Long.class, today);
        assertThat(reminded).isEqualTo(owed).isPositive();
        String sentToday = "select count(*) from supervision_reminders where sent_on = ?";
        long sent = jdbc.queryForObject(sentToday, Long.class, today);
        NightlySweep.runOnce(job);
        assertThat(jdbc.queryForObject(sentToday, Long.class, today)).isEqualTo(sent);
    }

    @Test
    void theThirdRedOfAnItemOpensADownCaseForItsResponsibleCadre() throws Exception {
        long cadreId = jdbc.queryForObject("""
                select id from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and not exists (select 1 from supervision_item_cadres s where s.cadre_id = c.id)
                order by id desc limit 1 offset 3""", Long.class);
        long unitId = jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId);
        LocalDate today = LocalDate.now(clock);
        ItemForm form = new ItemForm();
        form.setTitle("园区道路建设");
        form.setAspectId(1L);
        form.setMethod(ControlMethod.MILESTONE);
        form.setLeadUnitId(unitId);
        form.setCadreIds(Set.of(cadreId));
        form.setStartDate(today.minusDays(60));
        form.setEndDate(today.plusDays(120));
        form.setMilestones(List.of(new MilestoneForm("完成征地", today.minusDays(1), 30),
                new MilestoneForm("主体完工", today.plusDays(90), 100)));
        ItemDetails item = as().call(DemoAccounts.SUPERVISION, () -> {
            ItemDetails d = items.create(form);
            return items.approveOnline(d.id(), d.version());
        });
        // Online with a milestone already past and nothing done: the first red, a reminder.
        assertThat(item.light()).isEqualTo(Light.RED);
        assertThat(item.escalations()).extracting(ItemDetails.EscalationRow::rung).containsExactly(Rung.REMINDER);
        long id = item.id();
        for (int progress : new int[] {100, 10, 100, 10}) {
            as().call(DemoAccounts.SUPERVISION, () -> items.reportProgress(id, new ProgressForm(progress, "进度更正",
                    null, List.of())));
        }
        ItemDetails after = as().call(DemoAccounts.SUPERVISION, () -> items.get(id));
        assertThat(after.escalations()).extracting(ItemDetails.EscalationRow::rung)
                .containsExactly(Rung.REMINDER, Rung.INTERVIEW, Rung.ADJUSTMENT);
        assertThat(after.lightHistory()).filteredOn(c -> c.to() == Light.RED).hasSize(3);
        // The SMS lines: the first red's reminder and the interview notice (the third red sends none).
        assertThat(jdbc.queryForObject("select sum(line_count) from outbox_messages where cadre_id = ?", Long.class,
                cadreId)).isEqualTo(2);

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
                .contains(after.itemNo()).contains("第三次亮红灯");
    }
}
