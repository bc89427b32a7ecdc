package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cadreportal.adjustment.AdjustmentRequested;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.StepSubmission;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.Vote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** On MariaDB: concurrent moves on one case have one winner, concurrent votes all land, events open cases. */
class AdjustmentIT extends LiveTest {

    private static final List<String> MEMBERS = List.of(DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_2,
            DemoAccounts.COMMITTEE_3, DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_5);

    @Autowired
    AdjustmentService cases;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private CaseRow openAt(String stepCode) {
        return as().call(DemoAccounts.CLERK, () -> cases.page(
                new CaseFilter(null, null, stepCode, CaseStatus.OPEN, null, null, false), PageRequest.of(0, 1))
                .getContent().getFirst());
    }

    /** Runs every task at the same moment on its own thread and returns what each one ended with. */
    private static List<Object> race(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoDisciplineOfficersCompletingTheSameStepAtOnceHaveOneWinner() throws Exception {
        CaseRow row = openAt("CONSULT");
        CaseDetails before = as().call(DemoAccounts.DISCIPLINE, () -> cases.get(row.id()));
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String opinion = "未发现影响使用的廉政问题（" + i + "）";
            tasks.add(() -> as().call(DemoAccounts.DISCIPLINE, () -> {
                StepSubmission s = new StepSubmission();
                s.setIntegrityOpinion(opinion);
                return cases.completeStep(row.id(), before.version(), s);
            }));
        }
        List<Object> results = race(tasks);

        assertThat(results).filteredOn(CaseDetails.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof CaseDetails)).hasSize(3)
                .allSatisfy(r -> {
                    assertThat(r).isInstanceOf(StaleDataException.class);
                    StaleDataException stale = (StaleDataException) r;
                    assertThat(stale.messageKey()).isEqualTo("adjustment.error.changed");
                    assertThat(stale.args()[0]).isEqualTo(DemoAccounts.DISCIPLINE_NAME);
                });
        // The step was taken once: one record, and the case moved one step.
        assertThat(jdbc.queryForObject("select count(*) from step_records where case_type = 'ADJUSTMENT'"
                + " and case_id = ? and ordinal = ? and outcome = 'COMPLETED'", Long.class, row.id(),
                before.currentOrdinal())).isEqualTo(1);
        CaseDetails after = as().call(DemoAccounts.DISCIPLINE, () -> cases.get(row.id()));
        assertThat(after.currentOrdinal()).isEqualTo(before.currentOrdinal() + 1);
    }

    @Test
    void fiveMembersVotingAtOnceAreAllCounted() throws Exception {
        CaseRow row = openAt("DECIDE");
        CaseDetails seated = as().call(DemoAccounts.COMMITTEE, () -> {
            CaseDetails c = cases.get(row.id());
            return cases.setUpMeeting(row.id(), c.version(), new MeetingForm(c.openedOn(), Set.copyOf(MEMBERS),
                    Set.copyOf(MEMBERS)));
        });
        assertThat(seated.meeting().seats()).hasSize(5);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (String member : MEMBERS) {
            Vote vote = member.equals(DemoAccounts.COMMITTEE_5) ? Vote.DISAGREE : Vote.AGREE;
            tasks.add(() -> as().call(member, () -> cases.castVote(row.id(), vote)));
        }
        List<Object> results = race(tasks);

        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(CaseDetails.class));
        CaseDetails after = as().call(DemoAccounts.COMMITTEE, () -> cases.get(row.id()));
        assertThat(after.meeting().tally().agree()).isEqualTo(4);
        assertThat(after.meeting().tally().disagree()).isEqualTo(1);
        assertThat(after.meeting().tally().pending()).isZero();
        assertThat(after.meeting().tally().passed()).isTrue();
    }

    @Test
    void aSupervisionEscalationEventOpensADownCaseAsTheSystem() throws Exception {
        long cadreId = jdbc.queryForObject("select max(id) from cadres where status = 'ACTIVE'", Long.class);
        tx.executeWithoutResult(status -> events.publishEvent(new AdjustmentRequested(cadreId, CaseSource.SUPERVISION,
                "督办事项DB-2026-017", "三次亮红灯，约谈后仍未整改")));
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
        long id = opened;
        CaseDetails c = as().call(DemoAccounts.CLERK, () -> cases.get(id));
        assertThat(c.currentOrdinal()).isEqualTo(2);
        assertThat(c.summary()).contains("督办事项DB-2026-017");
        assertThat(c.records().getFirst().actorName()).isEqualTo("系统");
        assertThat(c.situations()).isEmpty();
    }
}
