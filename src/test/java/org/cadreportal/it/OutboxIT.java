package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.notification.Notifier;
import org.cadreportal.notification.OutboxAdmin;
import org.cadreportal.notification.OutboxRow;
import org.cadreportal.notification.OutboxStatus;
import org.cadreportal.notification.service.OutboxJob;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ControllableSmsSender;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On MariaDB: a message whose channel is down is tried again later and delivered once; one that keeps
 * failing lands in the administrator's failure list and goes out after a retry.
 */
class OutboxIT extends LiveTest {

    @Autowired
    Notifier notifier;

    @Autowired
    OutboxJob job;

    @Autowired
    OutboxAdmin admin;

    @Autowired
    ControllableSmsSender gateway;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDetailsService userDetails;

    private final String marker = "OutboxIT-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        gateway.reset();
        clock.reset();
        jdbc.update("delete from outbox_messages where body like ?", "%" + marker + "%");
    }

    private long cadreId() {
        return jdbc.queryForObject("select cadre_id from user_accounts where username = ?", Long.class,
                DemoAccounts.CADRE);
    }

    /** Puts the portal's clock on the next 10:00, so the hours the tests move on stay clear of the quiet hours. */
    private void morning() {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        java.time.LocalDateTime ten = now.toLocalDate().atTime(10, 0);
        clock.advance(Duration.between(now, ten.isAfter(now) ? ten : ten.plusDays(1)));
    }

    private void queueSms(String body) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> notifier.sms(cadreId(), body));
    }

    private String status(String body) {
        return jdbc.queryForObject("select status from outbox_messages where body = ?", String.class, body);
    }

    /** Runs the job until the condition holds (the scheduled run may hold the lock for a moment). */
    private void sendUntil(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 25 && !done.getAsBoolean(); i++) {
            job.send();
            if (!done.getAsBoolean()) {
                Thread.sleep(200);
            }
        }
        assertThat(done.getAsBoolean()).isTrue();
    }

    @Test
    void aMessageTheChannelRefusesIsTriedAgainLaterAndDeliveredOnce() throws Exception {
        morning();
        String body = "【测试】" + marker + " 第一次发送失败";
        gateway.failNext(marker, 1);
        queueSms(body);

        sendUntil(() -> jdbc.queryForObject("select attempts from outbox_messages where body = ?", Integer.class,
                body) == 1);
        assertThat(gateway.deliveredCount(marker)).isZero();
        assertThat(status(body)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select last_error from outbox_messages where body = ?", String.class, body))
                .contains("unreachable");

        // Not yet due: the pause after a failure has not passed.
        job.send();
        assertThat(gateway.deliveredCount(marker)).isZero();

        clock.advance(Duration.ofMinutes(2));
        sendUntil(() -> gateway.deliveredCount(marker) == 1);
        job.send();
        job.send();
        assertThat(gateway.deliveredCount(marker)).isEqualTo(1);
        assertThat(status(body)).isEqualTo("SENT");
    }

    @Test
    void afterTheLastAttemptTheMessageIsFailedAndAnAdministratorsRetryDeliversIt() throws Exception {
        morning();
        String body = "【测试】" + marker + " 网关持续故障";
        gateway.failNext(marker, 1000);
        queueSms(body);
        for (int attempt = 1; attempt <= OutboxJob.MAX_ATTEMPTS; attempt++) {
            int expected = attempt;
            sendUntil(() -> jdbc.queryForObject("select attempts from outbox_messages where body = ?", Integer.class,
                    body) == expected);
            clock.advance(Duration.ofHours(2));
        }
        assertThat(status(body)).isEqualTo("FAILED");
        job.send();
        assertThat(jdbc.queryForObject("select attempts from outbox_messages where body = ?", Integer.class, body))
                .isEqualTo(OutboxJob.MAX_ATTEMPTS);

        AsUser as = new AsUser(userDetails);
        List<OutboxRow> failed = as.call(DemoAccounts.ADMIN, () -> admin.page(OutboxStatus.FAILED, "SMS",
                PageRequest.of(0, 500)));
        OutboxRow row = failed.stream().filter(r -> r.body().equals(body)).findFirst().orElseThrow();
        assertThat(row.lastError()).contains("unreachable");
        assertThat(row.attempts()).isEqualTo(OutboxJob.MAX_ATTEMPTS);

        gateway.reset();
        as.call(DemoAccounts.ADMIN, () -> {
            admin.retry(row.id());
            return null;
        });
        sendUntil(() -> gateway.deliveredCount(marker) == 1);
        job.send();
        assertThat(gateway.deliveredCount(marker)).isEqualTo(1);
        assertThat(status(body)).isEqualTo("SENT");
        assertThat(as.call(DemoAccounts.ADMIN, () -> admin.page(OutboxStatus.FAILED, "SMS", PageRequest.of(0, 500)))
                .stream().noneMatch(r -> r.body().equals(body))).isTrue();
    }
}
