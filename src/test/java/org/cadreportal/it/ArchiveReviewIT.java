package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.Scores;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.EntryForms;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 22 items 8 and 9 on MariaDB: the cadre hears how the review of his entry came out, with the reviewer's
 * words; 实绩审核 finds entries by the cadre's name or a word of their texts and sorts by 提交时间 both ways.
 */
class ArchiveReviewIT extends LiveTest {

    @Autowired
    ArchiveService archive;
    @Autowired
    NoticeService notices;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return new AsUser(userDetails).call(user, work);
    }

    private long period() {
        LocalDate today = LocalDate.now(clock);
        PeriodForm f = new PeriodForm();
        f.setNameZh("审核通知测试" + System.nanoTime());
        f.setNameEn("Review notice test " + System.nanoTime());
        f.setStartsOn(today.minusDays(30));
        f.setEndsOn(today.plusDays(30));
        f.setDeadline(today.plusDays(40));
        f.setCategories(EnumSet.allOf(CadreCategory.class));
        return as(DemoAccounts.ADMIN, () -> archive.savePeriod(null, null, f)).id();
    }

    private static EntryForm form(long periodId, String whatDone) {
        return EntryForms.lead(periodId, 3L, whatDone, "完成", "好");
    }

    /** Filed and submitted by the demo cadre himself, so that a clerk may review it. */
    private EntryDetails submittedByCadre(long periodId, String whatDone) {
        EntryDetails d = as(DemoAccounts.CADRE, () -> archive.create(null, form(periodId, whatDone)));
        return as(DemoAccounts.CADRE, () -> archive.submit(d.row().id(), d.version()));
    }

    @Test
    void theCadreIsToldOfAnAcceptedAndAReturnedEntryWithTheReviewersWords() {
        long periodId = period();
        EntryDetails first = submittedByCadre(periodId, "推进城关镇污水管网改造");
        EntryDetails second = submittedByCadre(periodId, "建设镇级养老服务中心");
        long unreadBefore = as(DemoAccounts.CADRE, notices::countUnread);
        long clerkUnreadBefore = as(DemoAccounts.CLERK, notices::countUnread);

        as(DemoAccounts.CLERK, () -> archive.accept(first.row().id(), first.version(), new Scores(5, 4, 4, 3)));
        as(DemoAccounts.CLERK, () -> archive.returnEntry(second.row().id(), second.version(),
                "请补充入住老人人数的数据来源", Scores.none()));

        assertThat(as(DemoAccounts.CADRE, notices::countUnread)).isEqualTo(unreadBefore + 2);
        assertThat(as(DemoAccounts.CLERK, notices::countUnread)).as("the reviewer is not told his own act")
                .isEqualTo(clerkUnreadBefore);
        List<NoticeRow> mine = as(DemoAccounts.CADRE, notices::myNotices);
        NoticeRow returned = mine.get(0);
        NoticeRow accepted = mine.get(1);
        assertThat(returned.title()).isEqualTo("实绩“建设镇级养老服务中心”被退回");
        assertThat(returned.body()).isEqualTo("您的实绩“建设镇级养老服务中心”被" + DemoAccounts.CLERK_NAME
                + "退回，退回意见：请补充入住老人人数的数据来源。请修改后重新提交。");
        assertThat(returned.link()).isEqualTo("archive/entry/" + second.row().id());
        assertThat(accepted.title()).isEqualTo("实绩“推进城关镇污水管网改造”已审核通过");
        // 5 + 4 + 4 + 3
        assertThat(accepted.body()).isEqualTo("您的实绩“推进城关镇污水管网改造”已由" + DemoAccounts.CLERK_NAME
                + "审核通过，评分合计16分。");
        assertThat(accepted.link()).isEqualTo("archive/entry/" + first.row().id());
    }

    @Test
    void theQueueFindsByNameOrTextAndSortsBySubmissionBothWays() {
        long periodId = period();
        String tag = "审核检索" + System.nanoTime() % 1_000_000;
        long[] ids = new long[3];
        String[] cadreNames = new String[3];
        for (int i = 0; i < 3; i++) {
            int n = i;
            long cadreId = jdbc.queryForObject("""
                    select c.id from cadres c join units u on u.id = c.unit_id
                    where c.status = 'ACTIVE' and u.code like 'X02%' order by c.id limit 1 offset ?""",
                    Long.class, 20 + i);
            cadreNames[i] = jdbc.queryForObject("select name from cadres where id = ?", String.class, cadreId);
            EntryDetails d = as(DemoAccounts.CLERK,
                    () -> archive.create(cadreId, form(periodId, tag + "第" + n + "项")));
            ids[i] = d.row().id();
            as(DemoAccounts.CLERK, () -> archive.submit(d.row().id(), d.version()));
        }
        // Submitted on three known days, the middle one filed last: the order is the days', not the ids'.
        setSubmitted(ids[0], LocalDateTime.of(2021, 3, 1, 9, 0));
        setSubmitted(ids[1], LocalDateTime.of(2021, 3, 3, 9, 0));
        setSubmitted(ids[2], LocalDateTime.of(2021, 3, 2, 9, 0));

        EntryFilter byTag = new EntryFilter(tag, null, periodId, null, null, null, null, null);
        assertThat(queue(byTag, Sort.by(Sort.Order.asc("submittedAt")))).extracting(EntryRow::id)
                .containsExactly(ids[0], ids[2], ids[1]);
        assertThat(queue(byTag, Sort.by(Sort.Order.desc("submittedAt")))).extracting(EntryRow::id)
                .containsExactly(ids[1], ids[2], ids[0]);
        assertThat(queue(byTag, Sort.unsorted())).as("unsorted: the longest waiting first").extracting(EntryRow::id)
                .containsExactly(ids[0], ids[2], ids[1]);

        EntryFilter byName = new EntryFilter(cadreNames[1], null, periodId, null, null, null, null, null);
        assertThat(queue(byName, Sort.unsorted())).extracting(EntryRow::id).containsExactly(ids[1]);
        assertThat(as(DemoAccounts.CLERK, () -> archive.countQueue(byName))).isEqualTo(1);
        EntryFilter byText = new EntryFilter(tag + "第2", null, periodId, null, null, null, null, null);
        assertThat(queue(byText, Sort.unsorted())).extracting(EntryRow::id).containsExactly(ids[2]);
    }

    private List<EntryRow> queue(EntryFilter filter, Sort sort) {
        return as(DemoAccounts.CLERK, () -> archive.queue(filter, PageRequest.of(0, 50, sort)));
    }

    private void setSubmitted(long entryId, LocalDateTime at) {
        jdbc.update("update achievement_entries set submitted_at = ? where id = ?", at, entryId);
    }
}
