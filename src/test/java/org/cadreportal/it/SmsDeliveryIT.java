package org.cadreportal.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.cadreportal.base.FieldException;
import org.cadreportal.cadre.CadreMobiles;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.notification.Notifier;
import org.cadreportal.notification.OutboxAdmin;
import org.cadreportal.notification.OutboxRow;
import org.cadreportal.notification.OutboxStatus;
import org.cadreportal.notification.service.OutboxJob;
import org.cadreportal.notification.service.TencentSmsSender;
import org.cadreportal.supervision.service.LightJob;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ControllableSmsSender;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MovableClock;
import org.cadreportal.testing.NightlySweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On MariaDB: reminders reach the responsible cadres' phones as one SMS per cadre and day, never in the quiet
 * hours (22:00 to 08:00); a cadre without a number gets none and the outbox says why; the Tencent Cloud SDK,
 * pointed at a fake gateway on 127.0.0.1, sends what Tencent expects, fails once, is tried again after the
 * outbox's pause and delivers exactly once.
 */
class SmsDeliveryIT extends LiveTest {

    @Autowired
    Notifier notifier;

    @Autowired
    OutboxJob outboxJob;

    @Autowired
    LightJob lightJob;

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

    /** A topic of this run's own, so the day's batches of other tests never mix with these. */
    private final String topic = "T" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        gateway.reset();
        clock.reset();
        jdbc.update("delete from outbox_messages where topic = ?", topic);
    }

    /** A cadre responsible for no supervision item (so no sweep writes to their day), with this number. */
    private long cadre(int offset, String mobile) {
        long id = jdbc.queryForObject("""
                select id from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from supervision_item_cadres s where s.cadre_id = c.id)
                and not exists (select 1 from user_accounts a where a.cadre_id = c.id)
                order by id limit 1 offset ?""", Long.class, offset);
        jdbc.update("update cadres set mobile = ? where id = ?", mobile, id);
        return id;
    }

    private void line(long cadreId, String text) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> notifier.smsDaily(cadreId, topic, text));
    }

    /** Moves the portal's clock forward to the next {@code time} of day. */
    private LocalDateTime moveTo(LocalTime time) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime target = now.toLocalDate().atTime(time);
        if (!target.isAfter(now)) {
            target = target.plusDays(1);
        }
        clock.advance(Duration.between(now, target));
        return target;
    }

    private List<Map<String, Object>> batches(long cadreId) {
        return jdbc.queryForList("select status, batch_day, line_count, next_attempt_at, attempts, last_error, receipt"
                + " from outbox_messages where topic = ? and cadre_id = ? order by batch_day", topic, cadreId);
    }

    private static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder toMine(String mobile) {
        return postRequestedFor(urlEqualTo("/")).withRequestBody(matchingJsonPath("$.PhoneNumberSet[0]",
                equalTo("+86" + mobile)));
    }

    private void sendUntil(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 25 && !done.getAsBoolean(); i++) {
            outboxJob.send();
            if (!done.getAsBoolean()) {
                Thread.sleep(200);
            }
        }
        assertThat(done.getAsBoolean()).isTrue();
    }

    @Autowired
    CadreMobiles mobiles;

    @Test
    void theMobileIsValidatedMaskedAndEachReadOfTheWholeNumberIsLogged() {
        long cadreId = cadre(3, null);
        AsUser as = new AsUser(userDetails);
        as.call(DemoAccounts.CLERK, () -> {
            mobiles.change(cadreId, " +86 138-1234-5678 ");
            return null;
        });
        assertThat(jdbc.queryForObject("select mobile from cadres where id = ?", String.class, cadreId))
                .isEqualTo("13812345678");
        assertThatThrownBy(() -> as.call(DemoAccounts.CLERK, () -> {
            mobiles.change(cadreId, "12812345678");
            return null;
        })).isInstanceOf(FieldException.class)
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("mobile"));
        assertThat(as.call(DemoAccounts.SUPERVISION, () -> mobiles.masked(cadreId))).isEqualTo("138****5678");

        String reads = "select count(*) from access_log where record_type = 'PERSONAL' and record_id = ?"
                + " and action = 'READ' and username = ?";
        long before = jdbc.queryForObject(reads, Long.class, cadreId, DemoAccounts.COMMITTEE);
        assertThat(as.call(DemoAccounts.COMMITTEE, () -> mobiles.reveal(cadreId))).isEqualTo("13812345678");
        assertThat(jdbc.queryForObject(reads, Long.class, cadreId, DemoAccounts.COMMITTEE)).isEqualTo(before + 1);
        assertThatThrownBy(() -> as.call(DemoAccounts.SUPERVISION, () -> mobiles.reveal(cadreId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNightsRemindersWaitForTheMorningAndGoAsOneSms() throws Exception {
        String mobile = "19912340001";
        long cadreId = cadre(0, mobile);
        LocalDateTime night = moveTo(LocalTime.of(23, 0));
        line(cadreId, "supervision.sms.line.red|DB-1|" + topic);
        line(cadreId, "supervision.sms.line.yellow|DB-2|" + topic);
        line(cadreId, "supervision.sms.line.milestone|DB-3|" + topic + "|2");

        List<Map<String, Object>> rows = batches(cadreId);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("line_count")).isEqualTo(3);
        assertThat(rows.getFirst().get("status")).isEqualTo("PENDING");
        LocalDate morning = night.toLocalDate().plusDays(1);
        assertThat(rows.getFirst().get("next_attempt_at").toString()).startsWith(morning + " 08:00")
                .as("held until the quiet hours end");

        // Still night at 07:59: nothing goes out.
        clock.advance(Duration.ofHours(8).plusMinutes(59));
        outboxJob.send();
        assertThat(gateway.deliveredTo(mobile)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        sendUntil(() -> gateway.deliveredTo(mobile).size() == 1);
        String text = gateway.deliveredTo(mobile).getFirst().text();
        assertThat(text).contains("3条").contains("DB-1").contains("DB-2").contains("DB-3").contains("亮红灯");
        assertThat(gateway.deliveredTo(mobile).getFirst().reminders()).isEqualTo(3);

        // A reminder after the day's SMS has gone waits for the next day's: one SMS per cadre and day.
        clock.advance(Duration.ofHours(2));
        line(cadreId, "supervision.sms.line.interview|DB-4|" + topic);
        outboxJob.send();
        rows = batches(cadreId);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("status")).isEqualTo("SENT");
        assertThat(rows.get(1).get("batch_day").toString()).isEqualTo(morning.plusDays(1).toString());
        assertThat(rows.get(1).get("status")).isEqualTo("PENDING");
        assertThat(gateway.deliveredTo(mobile)).hasSize(1);
    }

    @Test
    void aCadreWithoutANumberGetsNoSmsAndTheOutboxSaysWhy() throws Exception {
        long cadreId = cadre(1, null);
        moveTo(LocalTime.of(10, 0));
        line(cadreId, "supervision.sms.line.red|DB-9|" + topic);
        line(cadreId, "supervision.sms.line.yellow|DB-8|" + topic);
        outboxJob.send();

        List<Map<String, Object>> rows = batches(cadreId);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("status")).isEqualTo("SKIPPED");
        assertThat(rows.getFirst().get("line_count")).isEqualTo(2);
        assertThat(gateway.deliveredCount(topic)).isZero();
        List<OutboxRow> listed = new AsUser(userDetails).call(DemoAccounts.ADMIN, () ->
                admin.page(OutboxStatus.SKIPPED, "SMS", PageRequest.of(0, 500)));
        OutboxRow row = listed.stream().filter(r -> r.body().contains(topic)).findFirst().orElseThrow();
        assertThat(row.lastError()).isEqualTo("干部未登记手机号码，未发送短信");
    }

    @Test
    void theSweepsMilestoneRemindersReachTheResponsibleCadreAsOneSmsOfTheDay() throws Exception {
        LocalDate today = LocalDate.now(clock);
        // A responsible cadre with a number and milestones owed a reminder: today's reminders, SMS and notices
        // are taken back, so the sweep has to send them again.
        String owed = """
                select ic.cadre_id from milestones m join supervision_items i on i.id = m.item_id
                join supervision_item_cadres ic on ic.item_id = m.item_id join cadres c on c.id = ic.cadre_id
                where i.status = 'ONLINE' and m.done_on is null and m.light in ('YELLOW', 'RED')
                and c.mobile is not null group by ic.cadre_id
                order by ic.cadre_id limit 1""";
        long cadreId = jdbc.queryForObject(owed, Long.class);
        jdbc.update("delete from supervision_reminders where cadre_id = ? and sent_on = ?", cadreId, today);
        jdbc.update("delete from outbox_messages where cadre_id = ? and topic = 'SUPERVISION' and batch_day >= ?",
                cadreId, today);
        jdbc.update("delete from notices where cadre_id = ?", cadreId);

        String reminded = "select count(*) from supervision_reminders where cadre_id = ? and sent_on = ?";
        for (int i = 0; i < 6 && jdbc.queryForObject(reminded, Long.class, cadreId, today) == 0; i++) {
            NightlySweep.runOnce(lightJob);
        }
        assertThat(jdbc.queryForObject(reminded, Long.class, cadreId, today)).isPositive();
        int items = jdbc.queryForObject("select count(distinct item_id) from supervision_reminders where cadre_id = ?"
                + " and sent_on = ?", Integer.class, cadreId, today);
        List<Map<String, Object>> sms = jdbc.queryForList("""
                select status, line_count, body from outbox_messages where channel = 'SMS' and topic = 'SUPERVISION'
                and cadre_id = ? and batch_day >= ?""", cadreId, today);
        assertThat(sms).as("one SMS of the day for all the cadre's items").hasSize(1);
        assertThat((int) sms.getFirst().get("line_count")).isGreaterThanOrEqualTo(items);
        assertThat((String) sms.getFirst().get("body")).contains("supervision.sms.line.milestone");
        assertThat(jdbc.queryForObject("select count(*) from notices where cadre_id = ? and title = ?", Long.class,
                cadreId, "supervision.notice.milestone.title")).isGreaterThanOrEqualTo(items);
    }

    @Test
    void theTencentSdkFailsOnceIsTriedAgainAfterThePauseAndDeliversOnce() throws Exception {
        WireMockServer fake = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        fake.start();
        try {
            String mobile = "19912340003";
            // Other tests' SMS still due go out through the same job: the gateway takes them, and only this
            // test's number meets the failure and then the success.
            fake.stubFor(post(urlEqualTo("/")).atPriority(10).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"other\",\"Code\":\"Ok\","
                            + "\"Message\":\"send success\"}],\"RequestId\":\"req-0\"}}")));
            fake.stubFor(post(urlEqualTo("/")).atPriority(1).inScenario("sms").whenScenarioStateIs(STARTED)
                    .withRequestBody(matchingJsonPath("$.PhoneNumberSet[0]", equalTo("+86" + mobile)))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"Response\":{\"Error\":{\"Code\":\"InternalError.Timeout\","
                                    + "\"Message\":\"operator timeout\"},\"RequestId\":\"req-1\"}}"))
                    .willSetStateTo("recovered"));
            fake.stubFor(post(urlEqualTo("/")).atPriority(1).inScenario("sms").whenScenarioStateIs("recovered")
                    .withRequestBody(matchingJsonPath("$.PhoneNumberSet[0]", equalTo("+86" + mobile)))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"2645:10086\","
                                    + "\"PhoneNumber\":\"+8619912340003\",\"Fee\":1,\"SessionContext\":\"\","
                                    + "\"Code\":\"Ok\",\"Message\":\"send success\",\"IsoCode\":\"CN\"}],"
                                    + "\"RequestId\":\"req-2\"}}")));
            gateway.routeTo(new TencentSmsSender(new TencentSmsSender.Settings("test-secret-id", "test-secret-key",
                    "ap-guangzhou", "127.0.0.1:" + fake.port(), false, "1400009099", "测试市委组织部", "449739", 5)));

            long cadreId = cadre(2, mobile);
            moveTo(LocalTime.of(10, 0));
            line(cadreId, "supervision.sms.line.red|DB-7|" + topic);
            line(cadreId, "supervision.sms.line.milestone|DB-6|" + topic + "|1");

            sendUntil(() -> (int) batches(cadreId).getFirst().get("attempts") == 1);
            Map<String, Object> failed = batches(cadreId).getFirst();
            assertThat(failed.get("status")).isEqualTo("PENDING");
            assertThat((String) failed.get("last_error")).contains("InternalError.Timeout");
            // Not again before the pause has passed.
            outboxJob.send();
            fake.verify(1, toMine(mobile));

            clock.advance(Duration.ofMinutes(2));
            sendUntil(() -> "SENT".equals(batches(cadreId).getFirst().get("status")));
            outboxJob.send();
            outboxJob.send();
            fake.verify(2, toMine(mobile));
            assertThat(batches(cadreId).getFirst().get("receipt")).isEqualTo("2645:10086");

            // What the SDK sent: Tencent's API, signed TC3-HMAC-SHA256 with the configured key, to the number.
            fake.verify(2, toMine(mobile)
                    .withHeader("X-TC-Action", equalTo("SendSms"))
                    .withHeader("X-TC-Version", equalTo("2021-01-11"))
                    .withHeader("X-TC-Region", equalTo("ap-guangzhou"))
                    // (the scope's service is the endpoint's first label: "sms" in production, "127" here)
                    .withHeader("Authorization", matching("TC3-HMAC-SHA256 Credential=test-secret-id/"
                            + "\\d{4}-\\d{2}-\\d{2}/[a-z0-9]+/tc3_request, SignedHeaders=content-type;host,"
                            + " Signature=[0-9a-f]{64}"))
                    .withRequestBody(matchingJsonPath("$.PhoneNumberSet[0]", equalTo("+86" + mobile)))
                    .withRequestBody(matchingJsonPath("$.SmsSdkAppId", equalTo("1400009099")))
                    .withRequestBody(matchingJsonPath("$.SignName", equalTo("测试市委组织部")))
                    .withRequestBody(matchingJsonPath("$.TemplateId", equalTo("449739")))
                    .withRequestBody(matchingJsonPath("$.TemplateParamSet[0]", equalTo("2")))
                    .withRequestBody(matchingJsonPath("$.TemplateParamSet[1]", matching("DB-7.*"))));
        } finally {
            fake.stop();
        }
    }
}
