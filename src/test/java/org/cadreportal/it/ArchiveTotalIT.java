package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.EntryTotal;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.base.ListEntryForm;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.org.UnitType;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB: the archive grid's total reads no more than 10,000 entries (exact up to there, "more than
 * 10,000" beyond, a text search over more counts among the newest 10,000 and says so), and the names the
 * grid shows come from a cache that a rename and a new period reach.
 */
class ArchiveTotalIT extends LiveTest {

    private static final int CAP = 10_000;

    @Autowired
    ArchiveService archive;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgService org;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private EntryTotal total(EntryFilter filter) {
        return as().call(DemoAccounts.CLERK, () -> archive.total(filter));
    }

    private long newPeriod(String name, int year) {
        return as().call(DemoAccounts.ADMIN, () -> {
            PeriodForm f = new PeriodForm();
            f.setNameZh(name);
            f.setNameEn(name);
            f.setStartsOn(LocalDate.of(year, 1, 1));
            f.setEndsOn(LocalDate.of(year, 3, 31));
            f.setDeadline(LocalDate.of(year, 4, 15));
            return archive.savePeriod(null, null, f).id();
        });
    }

    private long cadreInX01() {
        return jdbc.queryForObject("""
                select c.id from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code like 'X01%' order by c.id limit 1 offset 7""", Long.class);
    }

    @Test
    void theTotalIsExactUpToTenThousandThenALowerBoundAndATextSearchSaysWhatItCounted() {
        long cadre = cadreInX01();
        long period = newPeriod("总数测试周期" + System.nanoTime(), 2023);
        String tag = "总数" + System.nanoTime();
        long firstId = 910_000_000L;
        // CAP + 1 entries: the oldest and three in the middle carry the search text.
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i <= CAP; i++) {
            boolean tagged = i == 0 || (i >= 5000 && i < 5003);
            batch.add(new Object[]{firstId + i, cadre, period, (tagged ? tag : "推进") + "重点项目第" + i + "项"});
        }
        jdbc.batchUpdate("""
                insert into achievement_entries (id, version, cadre_id, period_id, field_id, level_id, category_id,
                cadre_role, what_done, achieved, effect, status, late) values (?, 0, ?, ?, 1, 23, 41, 'LEAD', ?,
                '完成', '好', 'ACCEPTED', false)""", batch);
        try {
            EntryFilter inPeriod = new EntryFilter(null, null, period, null, null, null, null, null);
            EntryFilter search = new EntryFilter(tag, null, period, null, null, null, null, null);

            assertThat(total(inPeriod)).isEqualTo(new EntryTotal(CAP, EntryTotal.Kind.MORE_THAN, CAP));
            // The oldest match lies outside the newest 10,000 the search may read: counted are the three.
            assertThat(total(search)).isEqualTo(new EntryTotal(3, EntryTotal.Kind.AMONG_NEWEST, CAP));
            assertThat(as().call(DemoAccounts.CLERK, () -> archive.count(search))).isEqualTo(4);

            jdbc.update("delete from achievement_entries where id = ?", firstId + CAP);
            assertThat(total(inPeriod)).isEqualTo(EntryTotal.exact(CAP));
            assertThat(total(search)).isEqualTo(EntryTotal.exact(4));
            EntryFilter none = new EntryFilter("无此内容" + tag, null, period, null, null, null, null, null);
            assertThat(total(none)).isEqualTo(EntryTotal.exact(0));
        } finally {
            jdbc.update("delete from achievement_entries where period_id = ?", period);
        }
    }

    @Test
    void aSecondRootsEntriesStayOutOfTheCityClerksGridAndTotal() {
        // While the city is the only root, its clerk's reach is every unit and the grid's statements carry no
        // unit condition; a second root must end that at once, not show the other tree's entries.
        long period = newPeriod("第二棵树周期" + System.nanoTime(), 2022);
        String tag = "另一棵树" + System.nanoTime();
        EntryFilter search = new EntryFilter(tag, null, period, null, null, null, null, null);
        EntryFilter inPeriod = new EntryFilter(null, null, period, null, null, null, null, null);
        assertThat(total(inPeriod)).isEqualTo(EntryTotal.exact(0));
        UnitNode root = as().call(DemoAccounts.ADMIN,
                () -> org.add(null, "R2T" + System.nanoTime() % 1_000_000, "另一城市", UnitType.CITY));
        long cadre = jdbc.queryForObject("select max(id) + 1000 from cadres", Long.class);
        jdbc.update("""
                insert into cadres (id, version, cadre_code, name, gender, birth_date, ethnicity, party, education,
                unit_id, post_title, cadre_rank, management_level, category, status)
                select ?, 0, ?, name, gender, birth_date, ethnicity, party, education, ?, post_title, cadre_rank,
                management_level, category, status from cadres where id = ?""",
                cadre, "R2T" + cadre, root.id(), cadreInX01());
        jdbc.update("""
                insert into achievement_entries (id, version, cadre_id, period_id, field_id, level_id, category_id,
                cadre_role, what_done, achieved, effect, status, late) values (930000000, 0, ?, ?, 1, 23, 41, 'LEAD',
                ?, '完成', '好', 'SUBMITTED', false)""", cadre, period, tag);
        try {
            assertThat(rows(search)).isEmpty();
            assertThat(total(search)).isEqualTo(EntryTotal.exact(0));
            assertThat(total(inPeriod)).isEqualTo(EntryTotal.exact(0));
            assertThat(as().call(DemoAccounts.CLERK, () -> archive.queue(inPeriod, PageRequest.of(0, 50)))).isEmpty();
        } finally {
            jdbc.update("delete from achievement_entries where id = 930000000");
            jdbc.update("delete from cadres where id = ?", cadre);
            jdbc.update("delete from units where id = ?", root.id());
        }
    }

    @Test
    void aRenamedFieldAndAPeriodAddedBehindTheServicesBackShowInTheGrid() {
        long cadre = cadreInX01();
        TermRow field = as().call(DemoAccounts.ADMIN, () -> archive.saveTerm(TermKind.FIELD, null, null,
                ListEntryForm.of("缓存领域" + System.nanoTime(), "Cached field", 90, false)));
        long period = newPeriod("缓存测试周期" + System.nanoTime(), 2024);
        long entryId = 920_000_000L;
        jdbc.update("""
                insert into achievement_entries (id, version, cadre_id, period_id, field_id, level_id, category_id,
                cadre_role, what_done, achieved, effect, status, late) values (?, 0, ?, ?, ?, 23, 41, 'LEAD', '缓存',
                '完成', '好', 'ACCEPTED', false)""", entryId, cadre, period, field.id());
        EntryFilter byField = new EntryFilter(null, null, null, field.id(), null, null, null, null);
        long otherPeriod = jdbc.queryForObject("select max(id) + 1000 from filing_periods", Long.class);
        try {
            assertThat(rows(byField)).extracting(r -> r.field().zh()).containsOnly(field.nameZh());

            // A period written straight to the database, as another node might: not among the cached names.
            jdbc.update("""
                    insert into filing_periods (id, version, name_zh, name_en, starts_on, ends_on, deadline, opened_by)
                    values (?, 0, '直接写入的周期', 'Written directly', '2024-04-01', '2024-06-30', '2024-07-15', 'it')""",
                    otherPeriod);
            jdbc.update("""
                    insert into achievement_entries (id, version, cadre_id, period_id, field_id, level_id, category_id,
                    cadre_role, what_done, achieved, effect, status, late) values (?, 0, ?, ?, ?, 23, 41, 'LEAD',
                    '缓存', '完成', '好', 'ACCEPTED', false)""", entryId + 1, cadre, otherPeriod, field.id());
            assertThat(rows(byField)).extracting(r -> r.period().zh()).contains("直接写入的周期");

            String renamed = "改名领域" + System.nanoTime();
            as().call(DemoAccounts.ADMIN, () -> archive.saveTerm(TermKind.FIELD, field.id(), field.version(),
                    ListEntryForm.of(renamed, "Renamed field", 90, false)));
            assertThat(rows(byField)).extracting(r -> r.field().zh()).containsOnly(renamed);
        } finally {
            jdbc.update("delete from achievement_entries where id in (?, ?)", entryId, entryId + 1);
            jdbc.update("delete from filing_periods where id = ?", otherPeriod);
        }
    }

    private List<EntryRow> rows(EntryFilter filter) {
        return as().call(DemoAccounts.CLERK, () -> archive.page(filter, PageRequest.of(0, 50)));
    }
}
