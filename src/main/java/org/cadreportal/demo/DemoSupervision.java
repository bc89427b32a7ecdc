package org.cadreportal.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 2025 supervision set of the article, as plans and progress reports: 973 items that go online in the first
 * half of 2025, 475 of them closed in 2025, each with four quarter milestones. The items are written as drafts;
 * what happens to them day by day — going online, the progress (and 状态监测 value) reports, closing, the
 * interviews the office holds — is the {@link Plan} that {@link DemoYear} plays, running the real nightly sweep
 * each night. The reports are chosen so that the sweep's lights give the article's figures: on-plan items report
 * each milestone's progress one to three days before its date (so it is yellow, with 节点提醒, in the days before);
 * {@value #RED_IN_2025} items, each of a different responsible cadre, report their second milestone five days
 * late (red: a reminder), and {@value #INTERVIEWS_2025} of them their third four days late as well (their cadre's
 * second red: an interview, held three days later). Open items run into 2027; every 23rd misses its latest
 * milestone of this year, so today shows red items too; the cadre of each open "down" case shares one of them.
 * The demo cadre account gets two items of its own.
 */
@RequiredArgsConstructor
final class DemoSupervision {

    static final int ITEMS = 973;
    static final int CLOSED = 475;
    static final int RED_IN_2025 = 65;
    static final int INTERVIEWS_2025 = 32;
    /** The 状态监测 items' monthly figure and its target; their reports stay at or above it. */
    static final String MONITOR_NAME = "月度产值（万元）";
    static final int MONITOR_TARGET = 5_000;

    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    /** A progress report: the item's progress and, for 状态监测, the month's figure. */
    record Report(long itemId, int hour, int progress, BigDecimal monitorValue, String text) {
    }

    /** What happens on one day (after that night's sweep). */
    static final class Day {
        final List<Long> online = new ArrayList<>();
        final List<Report> reports = new ArrayList<>();
        final List<Long> closed = new ArrayList<>();
        /** Items whose cadre's interview (the open INTERVIEW escalation) is held this day. */
        final List<Long> interviews = new ArrayList<>();
    }

    /** The days on which something happens, in order. */
    static final class Plan {
        final TreeMap<LocalDate, Day> days = new TreeMap<>();

        Day on(LocalDate day) {
            return days.computeIfAbsent(day, d -> new Day());
        }
    }

    private record Cadre(long id, String name, long unitId) {
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;

    Plan insert() {
        List<Cadre> cadres = jdbc.query("select id, name, unit_id from cadres where status = 'ACTIVE' order by id",
                (rs, n) -> new Cadre(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        Long own = jdbc.query("select c.id from cadres c join units u on u.id = c.unit_id where c.name = ? and u.code = ?",
                rs -> rs.next() ? rs.getLong(1) : null, DemoAccounts.CADRE_NAME, DemoAccounts.CADRE_UNIT_CODE);
        if (own != null) {
            jdbc.update("update user_accounts set cadre_id = ? where username = ?", own, DemoAccounts.CADRE);
        }
        SequenceIds itemIds = new SequenceIds(jdbc, "supervision_items_seq");
        SequenceIds milestoneIds = new SequenceIds(jdbc, "milestones_seq");
        List<Object[]> items = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        Plan plan = new Plan();
        Set<Long> redCadres = new HashSet<>();
        Set<Long> laggingCadres = new HashSet<>();
        List<Long> laggingItems = new ArrayList<>();
        String[] verbs = {"推进", "建设", "整治", "提升", "实施"};
        String[] things = {"产业园基础设施", "老旧小区改造", "农村公路", "污水处理厂", "政务服务一网通办", "学校扩容",
            "医院综合楼", "重点企业技改", "招商引资签约项目", "河道综合治理", "安全生产专项整治", "乡村振兴示范片"};
        for (int n = 0; n < ITEMS; n++) {
            long id = itemIds.next();
            boolean closed = n < CLOSED;
            boolean ownItem = own != null && (n == CLOSED || n == CLOSED + 1);
            Cadre cadre = ownItem ? new Cadre(own, DemoAccounts.CADRE_NAME, unitOf(own))
                    : cadres.get(random.nextInt(cadres.size()));
            LocalDate online = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(170));
            LocalDate end = closed ? online.plusDays(90 + random.nextInt(150))
                    : LocalDate.of(2027, 1, 15).plusDays(random.nextInt(160));
            if (closed && end.getYear() > 2025) {
                end = LocalDate.of(2025, 12, 20);
            }
            String method = switch (n % 7) {
                case 0 -> "GANTT";
                case 1 -> "BENCHMARK";
                case 2 -> "MONITOR";
                default -> "MILESTONE";
            };
            List<LocalDate> dues = new ArrayList<>();
            long span = ChronoUnit.DAYS.between(online, end);
            for (int q = 1; q <= 4; q++) {
                dues.add(online.plusDays(span * q / 4));
            }
            // Open items report a little ahead of plan.
            int extra = closed ? 0 : random.nextInt(12);
            // 状态监测 items are lit by their monthly figure, not their milestones: they never turn red here.
            boolean red = closed && !ownItem && !"MONITOR".equals(method) && redCadres.size() < RED_IN_2025
                    && redCadres.add(cadre.id());
            boolean interview = red && redCadres.size() <= INTERVIEWS_2025;
            boolean lagging = !closed && !ownItem && n % 23 == 0 && laggingCadres.add(cadre.id())
                    && laggingItems.add(id);
            for (int q = 0; q < 4; q++) {
                milestones.add(new Object[] {milestoneIds.next(), id, "第" + (q + 1) + "阶段节点",
                    Date.valueOf(dues.get(q)), 25 * (q + 1)});
            }
            String title = verbs[n % verbs.length] + things[(n / 5) % things.length] + "（" + (n + 1) + "）";
            items.add(new Object[] {id, String.format("DB-2025-%04d", n + 1), title, 1 + n % 16, method,
                cadre.unitId(), DemoAccounts.SUPERVISION, DemoAccounts.SUPERVISION_NAME, Date.valueOf(online),
                Date.valueOf(end)});
            links.add(new Object[] {id, cadre.id()});
            plan.on(online).online.add(id);
            boolean monitor = "MONITOR".equals(method);
            List<Dated> reports = reports(plan, n, id, dues, extra, red, interview, lagging, monitor);
            if (monitor) {
                monthly(plan, n, id, online, end, reports);
            }
            if (closed) {
                plan.on(end).closed.add(id);
            }
            if (interview) {
                plan.on(dues.get(2).plusDays(3)).interviews.add(id);
            }
        }
        links.addAll(downCasesShareLaggingItems(laggingItems, links));
        jdbc.batchUpdate("""
                insert into supervision_items (id, version, item_no, title, aspect_id, control_method, lead_unit_id,
                supervisor, supervisor_name, start_date, end_date, status, online_on, closed_on, actual_progress, light)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', null, null, 0, 'GREEN')""", items);
        jdbc.update("update supervision_items set monitor_name = ?, monitor_target = ? where control_method = 'MONITOR'",
                MONITOR_NAME, MONITOR_TARGET);
        jdbc.batchUpdate("insert into supervision_item_cadres (item_id, cadre_id) values (?, ?)", links);
        jdbc.batchUpdate("""
                insert into milestones (id, version, item_id, name, due_date, planned_progress, done_on, light)
                values (?, 0, ?, ?, ?, ?, null, 'GREEN')""", milestones);
        return plan;
    }

    /** A report and its day. */
    private record Dated(LocalDate on, Report report) {
    }

    /**
     * The milestone reports of an item: each milestone's progress (plus {@code extra}) one to three days before
     * its date; the red items' second five days late, the interviewed ones' third four days late; a lagging
     * item stops before its latest milestone of this year. Only days before today are played. A 状态监测 item
     * reports the month's figure with each.
     */
    private List<Dated> reports(Plan plan, int n, long id, List<LocalDate> dues, int extra, boolean red,
                                boolean interview, boolean lagging, boolean monitor) {
        LocalDate latest = null;
        for (LocalDate due : dues) {
            if (due.isBefore(today)) {
                latest = due;
            }
        }
        List<Dated> reports = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            LocalDate due = dues.get(q);
            if (lagging && due.equals(latest) && due.isAfter(YEAR_END)) {
                break;
            }
            LocalDate on = red && q == 1 ? due.plusDays(5) : interview && q == 2 ? due.plusDays(4)
                    : due.minusDays(1 + (n + q) % 3);
            if (!on.isBefore(today)) {
                break;
            }
            int progress = q == 3 ? 100 : 25 * (q + 1) + extra;
            Report r = new Report(id, 16, progress, monitor ? figure(n, on.getMonthValue()) : null,
                    "第" + (q + 1) + "阶段节点任务完成，累计完成" + progress + "%。");
            plan.on(on).reports.add(r);
            reports.add(new Dated(on, r));
        }
        return reports;
    }

    /** 状态监测: the month's figure from the day the item goes online, monthly, at or above the target. */
    private void monthly(Plan plan, int n, long id, LocalDate online, LocalDate end, List<Dated> milestoneReports) {
        int k = 0;
        for (LocalDate on = online; on.isBefore(end) && on.isBefore(today); on = online.plusMonths(++k)) {
            int progress = 0;
            for (Dated d : milestoneReports) {
                if (d.on().isBefore(on)) {
                    progress = d.report().progress();
                }
            }
            BigDecimal value = figure(n, k);
            plan.on(on).reports.add(new Report(id, 9, progress, value, on.getMonthValue() + "月" + MONITOR_NAME + "："
                    + value.toPlainString() + "，达到监测目标。"));
        }
    }

    private static BigDecimal figure(int n, int k) {
        return BigDecimal.valueOf(MONITOR_TARGET + 40L * ((n + k) % 25));
    }

    /**
     * The cadre of each open "down" case shares the responsibility for one lagging item, red today, so the portrait
     * beside the case (and the committee deciding it) has a red light to weigh.
     */
    private List<Object[]> downCasesShareLaggingItems(List<Long> lagging, List<Object[]> links) {
        List<Long> down = jdbc.queryForList("select cadre_id from adjustment_cases where direction = 'DOWN'"
                + " and status = 'OPEN' order by id", Long.class);
        List<Object[]> shared = new ArrayList<>();
        for (int i = 0; i < down.size() && i < lagging.size(); i++) {
            Object[] link = {lagging.get(lagging.size() - 1 - i), down.get(i)};
            if (links.stream().noneMatch(l -> java.util.Arrays.equals(l, link))) {
                shared.add(link);
            }
        }
        return shared;
    }

    private long unitOf(long cadreId) {
        return jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId);
    }
}
