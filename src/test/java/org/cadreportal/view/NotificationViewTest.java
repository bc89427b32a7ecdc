package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.base.ui.HomeView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.notification.Notifier;
import org.cadreportal.notification.OutboxAdmin;
import org.cadreportal.notification.OutboxRow;
import org.cadreportal.notification.OutboxStatus;
import org.cadreportal.notification.service.DigestJob;
import org.cadreportal.notification.ui.MyNoticesView;
import org.cadreportal.notification.ui.OutboxView;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell and 我的消息 for a staff user, the administrator's outbox, and the morning digest. */
class NotificationViewTest extends ViewTest {

    private static final String DIGEST = "今日待办提醒";
    /** The digest's title as stored: a message key, translated when shown. */
    private static final String DIGEST_STORED = "digest.title";

    @Autowired
    Notifier notifier;

    @Autowired
    NoticeService notices;

    @Autowired
    OutboxAdmin outbox;

    @Autowired
    DigestJob digest;

    @Autowired
    AdjustmentService adjustments;

    @Autowired
    AccusationService accusations;

    @Autowired
    ArchiveService archive;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final String marker = "NVT-" + UUID.randomUUID().toString().substring(0, 8);
    private AsUser as;

    @BeforeEach
    void setUp() {
        as = new AsUser(userDetails);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from notices where title like ? or body like ?", "%" + marker + "%", "%" + marker + "%");
        jdbc.update("delete from notices where username is not null and title = ?", DIGEST_STORED);
        jdbc.update("delete from notice_digests");
        jdbc.update("delete from outbox_messages where body like ?", "%" + marker + "%");
    }

    private String bellCount() {
        Span count = descendants($(Button.class).id("notice-bell")).filter(Span.class::isInstance)
                .map(Span.class::cast).filter(c -> c.getId().filter("notice-bell-count"::equals).isPresent())
                .findFirst().orElseThrow();
        return count.isVisible() ? count.getText() : "0";
    }

    private static java.util.stream.Stream<Component> descendants(Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
                c.getChildren().flatMap(NotificationViewTest::descendants));
    }

    private void run(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> work.run());
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theBellCountsTheClerksUnreadNoticeAndReadingItLowersTheCount() {
        // The demo leaves the city clerk over a hundred proposal notices, which the bell shows as 99+; start countable.
        notices.markAllRead();
        navigate(HomeView.class);
        long before = Long.parseLong(bellCount());
        run(() -> notifier.noticeUser(DemoAccounts.CLERK, "退回的实绩条目 " + marker, "请查看退回原因。",
                "archive/review"));

        navigate(HomeView.class);
        assertThat(bellCount()).isEqualTo(String.valueOf(before + 1));

        test($(Button.class).id("notice-bell")).click();
        assertThat($(Component.class).id("my-notices").getElement().getTextRecursively()).contains(marker);
        NoticeRow mine = notices.myNotices().stream().filter(n -> n.title().contains(marker)).findFirst().orElseThrow();
        Component entry = $(Component.class).id("notice-" + mine.id());
        assertThat($(Anchor.class, entry).all()).anyMatch(a -> a.getHref().equals("archive/review"));
        assertThat(entry.getElement().getTextRecursively()).contains("未读");

        test($(Button.class).id("notice-read-" + mine.id())).click();
        assertThat(bellCount()).isEqualTo(String.valueOf(before));
        assertThat($(Component.class).id("notice-" + mine.id()).getElement().getTextRecursively()).doesNotContain("未读");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void markAllReadEmptiesTheBell() {
        run(() -> {
            notifier.noticeUser(DemoAccounts.CLERK, "一 " + marker, "甲", null);
            notifier.noticeUser(DemoAccounts.CLERK, "二 " + marker, "乙", null);
        });
        navigate(MyNoticesView.class);
        assertThat(bellCount()).matches("99\\+|[2-9]|[1-9][0-9]+");
        test($(Button.class).id("notices-mark-all")).click();
        assertThat(bellCount()).isEqualTo("0");
        assertThat(notices.countUnread()).isZero();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theAdministratorSeesAFailedMessageAndQueuesItAgain() {
        long id = 9_000_000_000L + (long) (Math.random() * 1_000_000);
        String body = "【测试】" + marker + " 网关不可达";
        jdbc.update("""
                insert into outbox_messages (id, channel, cadre_id, body, created_at, attempts, status, last_error)
                values (?, 'SMS', 1, ?, current_timestamp, 5, 'FAILED', 'IllegalStateException: 网关不可达')""",
                id, body);
        navigate(OutboxView.class);
        @SuppressWarnings("unchecked")
        Grid<OutboxRow> grid = $(Grid.class).id("outbox-grid");
        List<OutboxRow> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        int row = rows.indexOf(rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow());
        assertThat(rows.get(row).status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(test(grid).getCellText(row, 7)).contains("网关不可达");

        test((Button) test(grid).getCellComponent(row, 8)).click();
        // Queued again (the job may have taken it already; cadre 1 has no number, so it is then not sent).
        assertThat(jdbc.queryForObject("select status from outbox_messages where id = ?", String.class, id))
                .isIn("PENDING", "SENT", "SKIPPED");
        assertThat(outbox.page(OutboxStatus.FAILED, null, PageRequest.of(0, 500))).noneMatch(r -> r.id() == id);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theMorningDigestGivesTheClerkOneNoticeOfTheirWaitingWorkOncePerDay() throws Exception {
        long tasks = adjustments.countMyTasks();
        long cases = accusations.myTasks(PageRequest.of(0, 1)).getTotalElements();
        long review = archive.countQueue(EntryFilter.all());
        assertThat(tasks + cases + review).as("the demo clerk has waiting work").isPositive();

        // As the scheduler does: on a thread of its own, with nobody signed in.
        CompletableFuture.runAsync(digest::run).get();
        CompletableFuture.runAsync(digest::run).get();

        List<NoticeRow> digests = notices.myNotices().stream().filter(n -> n.title().equals(DIGEST)).toList();
        assertThat(digests).hasSize(1);
        NoticeRow d = digests.getFirst();
        if (tasks > 0) {
            assertThat(d.body()).contains("能上能下待办调整事项：" + tasks + " 件");
            assertThat(d.links()).anyMatch(l -> l.path().equals("my-tasks"));
        }
        if (cases > 0) {
            assertThat(d.body()).contains("查诬澄清待办案件：" + cases + " 件");
        }
        if (review > 0) {
            assertThat(d.body()).contains("待审核实绩条目：" + review + " 件");
            assertThat(d.links()).anyMatch(l -> l.path().equals("archive/review"));
        }

        navigate(MyNoticesView.class);
        Component entry = $(Component.class).id("notice-" + d.id());
        assertThat($(Anchor.class, entry).all()).hasSize(d.links().size());
        // A cadre has no staff work: no digest.
        assertThat(jdbc.queryForObject("select count(*) from notices where username = ? and title = ?", Long.class,
                DemoAccounts.CADRE, DIGEST_STORED)).isZero();
    }
}
