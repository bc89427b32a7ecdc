package org.cadreportal.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.LightRule;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 2025 supervision set of the article: 973 items online in 2025, 475 of them closed in 2025, 65 that
 * turned red during 2025 (65 / 973 = 6.7 %), a reminder for each first red and 32 interviews held for a
 * second red. Items still open run into 2027 with lights computed by the real rule for today; the demo
 * cadre account gets two items of its own.
 */
final class DemoSupervision {

    static final int ITEMS = 973;
    static final int CLOSED = 475;
    static final int RED_IN_2025 = 65;
    static final int INTERVIEWS_2025 = 32;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;
    private final LightSettings settings = new LightSettings(0, 7, 0);

    DemoSupervision(JdbcTemplate jdbc, Random random, LocalDate today) {
        this.jdbc = jdbc;
        this.random = random;
        this.today = today;
    }

    private record Cadre(long id, String name, long unitId) {
    }

    int insert() {
        List<Cadre> cadres = jdbc.query("select id, name, unit_id from cadres where status = 'ACTIVE' order by id",
                (rs, n) -> new Cadre(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        Long own = jdbc.query("select c.id from cadres c join units u on u.id = c.unit_id where c.name = ? and u.code = ?",
                rs -> rs.next() ? rs.getLong(1) : null, DemoAccounts.CADRE_NAME, DemoAccounts.CADRE_UNIT_CODE);
        if (own != null) {
            jdbc.update("update user_accounts set cadre_id = ? where username = ?", own, DemoAccounts.CADRE);
        }
        SequenceIds itemIds = new SequenceIds(jdbc, "supervision_items_seq");
        SequenceIds milestoneIds = new SequenceIds(jdbc, "milestones_seq");
        SequenceIds changeIds = new SequenceIds(jdbc, "light_changes_seq");
        SequenceIds escalationIds = new SequenceIds(jdbc, "escalations_seq");
        List<Object[]> items = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> escalations = new ArrayList<>();
        List<Long> redOpen = new ArrayList<>();
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
            int aspect = 1 + n % 16;
            String method = switch (n % 7) {
                case 0 -> "GANTT";
                case 1 -> "BENCHMARK";
                case 2 -> "MONITOR";
                default -> "MILESTONE";
            };
            // Four quarter milestones; open items report the progress their last passed milestone planned.
            List<LocalDate> dues = new ArrayList<>();
            long span = java.time.temporal.ChronoUnit.DAYS.between(online, end);
            for (int q = 1; q <= 4; q++) {
                dues.add(online.plusDays(span * q / 4));
            }
            int progress = closed ? 100 : Math.min(100, plannedBy(dues, today) + random.nextInt(12));
            // Some open items lag behind: yellow or red lights for today, as the rule says.
            if (!closed && n % 23 == 0) {
                progress = Math.max(0, progress - 20);
            }
            List<Light> lights = new ArrayList<>();
            for (int q = 0; q < 4; q++) {
                Light l = closed ? Light.GREEN : LightRule.milestone(dues.get(q), 25 * (q + 1), progress, settings, today);
                lights.add(l);
                LocalDate done = progress >= 25 * (q + 1) ? (closed ? dues.get(q) : min(dues.get(q), today)) : null;
                milestones.add(new Object[] {milestoneIds.next(), id, "第" + (q + 1) + "阶段节点", Date.valueOf(dues.get(q)),
                        25 * (q + 1), done == null ? null : Date.valueOf(done), l.name()});
            }
            Light light = LightRule.item(closed ? ItemStatus.CLOSED : ItemStatus.ONLINE, end, progress, lights, today);
            String title = verbs[n % verbs.length] + things[(n / 5) % things.length] + "（" + (n + 1) + "）";
            items.add(new Object[] {id, String.format("DB-2025-%04d", n + 1), title, aspect, method, cadre.unitId(),
                    DemoAccounts.SUPERVISION, DemoAccounts.SUPERVISION_NAME, Date.valueOf(online), Date.valueOf(end),
                    closed ? "CLOSED" : "ONLINE", Date.valueOf(online), closed ? Date.valueOf(end) : null, progress,
                    light.name()});
            links.add(new Object[] {id, cadre.id()});
            if (n < RED_IN_2025) {
                // Red during 2025: a reminder for the first red; the first 32 went red again and were interviewed.
                LocalDate red = dues.get(1).plusDays(1);
                changes.add(new Object[] {changeIds.next(), id, "GREEN", "RED", Date.valueOf(red)});
                changes.add(new Object[] {changeIds.next(), id, "RED", "GREEN", Date.valueOf(red.plusDays(6))});
                escalations.add(escalation(escalationIds.next(), id, cadre, "REMINDER", 1, red, null));
                if (n < INTERVIEWS_2025) {
                    LocalDate again = dues.get(2).plusDays(1);
                    changes.add(new Object[] {changeIds.next(), id, "GREEN", "RED", Date.valueOf(again)});
                    changes.add(new Object[] {changeIds.next(), id, "RED", "GREEN", Date.valueOf(again.plusDays(5))});
                    escalations.add(escalation(escalationIds.next(), id, cadre, "INTERVIEW", 2, again, again.plusDays(3)));
                }
            }
            if (light != Light.GREEN) {
                changes.add(new Object[] {changeIds.next(), id, "GREEN", light.name(), Date.valueOf(today)});
                if (light == Light.RED) {
                    redOpen.add(id);
                    escalations.add(escalation(escalationIds.next(), id, cadre, "REMINDER", 1, today, null));
                }
            }
        }
        links.addAll(downCasesShareRedItems(redOpen, links));
        jdbc.batchUpdate("""
                insert into supervision_items (id, version, item_no, title, aspect_id, control_method, lead_unit_id,
                supervisor, supervisor_name, start_date, end_date, status, online_on, closed_on, actual_progress, light,
                monitor_name, monitor_target)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)""", items);
        jdbc.update("update supervision_items set monitor_name = '月度产值（万元）', monitor_target = 5000"
                + " where control_method = 'MONITOR'");
        jdbc.batchUpdate("insert into supervision_item_cadres (item_id, cadre_id) values (?, ?)", links);
        jdbc.batchUpdate("""
                insert into milestones (id, version, item_id, name, due_date, planned_progress, done_on, light)
                values (?, 0, ?, ?, ?, ?, ?, ?)""", milestones);
        jdbc.batchUpdate("insert into light_changes (id, item_id, from_light, to_light, changed_on) values (?, ?, ?, ?, ?)",
                changes);
        jdbc.batchUpdate("""
                insert into escalations (id, version, item_id, cadre_id, cadre_name, rung, red_count, raised_on,
                interview_date, interviewer, notes, done) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", escalations);
        // Item numbers typed later continue after the demo's.
        jdbc.execute("alter sequence supervision_item_numbers_seq restart with " + (ITEMS + 1));
        return ITEMS;
    }

    /**
     * The cadre of each open "down" case shares the responsibility for one item that is red today, so the
     * portrait beside the case (and the committee deciding it) has a red light to weigh.
     */
    private List<Object[]> downCasesShareRedItems(List<Long> redOpen, List<Object[]> links) {
        List<Long> down = jdbc.queryForList("select cadre_id from adjustment_cases where direction = 'DOWN'"
                + " and status = 'OPEN' order by id", Long.class);
        List<Object[]> shared = new ArrayList<>();
        for (int i = 0; i < down.size() && i < redOpen.size(); i++) {
            Object[] link = {redOpen.get(redOpen.size() - 1 - i), down.get(i)};
            if (links.stream().noneMatch(l -> java.util.Arrays.equals(l, link))) {
                shared.add(link);
            }
        }
        return shared;
    }

    private long unitOf(long cadreId) {
        return jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId);
    }

    private static Object[] escalation(long id, long item, Cadre cadre, String rung, int reds, LocalDate raised,
                                       LocalDate interview) {
        return new Object[] {id, item, cadre.id(), cadre.name(), rung, reds, Date.valueOf(raised),
            interview == null ? null : Date.valueOf(interview), interview == null ? null : DemoAccounts.SUPERVISION_NAME,
            interview == null ? null : "约谈责任人，分析滞后原因，明确整改时限。", !"INTERVIEW".equals(rung) || interview != null};
    }

    private static int plannedBy(List<LocalDate> dues, LocalDate today) {
        int planned = 0;
        for (int q = 0; q < dues.size(); q++) {
            if (!dues.get(q).isAfter(today.plusDays(10))) {
                planned = 25 * (q + 1);
            }
        }
        return Math.min(planned + 5, 100);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
