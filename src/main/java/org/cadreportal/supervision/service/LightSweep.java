package org.cadreportal.supervision.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.cadreportal.notification.Notifier;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.LightRule;
import org.cadreportal.supervision.LightSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the lights of every online item by the rule its method selects (四法管控), a page of items at
 * a time: two reads per page (items, then their milestones), a third when the page holds 标杆项目对标 items
 * (their benchmarks' curves), then one statement per kind of write, whatever the number of milestones. Items
 * that turn red climb the escalation ladder in the same transaction as their change.
 */
@Component
@RequiredArgsConstructor
class LightSweep {

    static final int PAGE = 2_000;
    private static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Escalator escalator;
    private final BenchmarkCurves curves;
    private final Reminders reminders;

    /** What one sweep did; {@code statements} counts reads and batches sent to the database. */
    record Result(int items, int milestones, int itemChanges, int milestoneChanges, int turnedRed, int statements) {
    }

    private record ItemState(long id, String itemNo, String title, LocalDate startDate, LocalDate endDate, int actual,
                             Light light, ControlMethod method, Long benchmarkId, LightRule.Monitor monitor) {
    }

    private record MilestoneState(long id, long itemId, String name, LocalDate due, int planned, LocalDate doneOn,
                                  Light light) {
    }

    Result sweep(LightSettings settings, LocalDate today) {
        int[] totals = new int[6];
        long lastId = 0;
        while (true) {
            long after = lastId;
            int before = totals[0];
            Long next = tx.execute(status -> page(after, settings, today, totals));
            // A page short of PAGE items was the last: no read for an empty one.
            if (next == null || totals[0] - before < PAGE) {
                break;
            }
            lastId = next;
        }
        return new Result(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5]);
    }

    /** @return the last item id of the page, or null when there was none */
    private Long page(long afterId, LightSettings settings, LocalDate today, int[] totals) {
        List<ItemState> items = jdbc.query("""
                select id, item_no, title, start_date, end_date, actual_progress, light, control_method,
                benchmark_item_id, monitor_name, monitor_target, monitor_floor, monitor_actual, monitor_on
                from supervision_items where status = 'ONLINE' and id > ? order by id limit ?""",
                (rs, n) -> new ItemState(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate(), rs.getInt(6), Light.valueOf(rs.getString(7)),
                        ControlMethod.valueOf(rs.getString(8)), (Long) rs.getObject(9, Long.class),
                        rs.getString(10) == null ? null : new LightRule.Monitor(rs.getString(10), rs.getBigDecimal(11),
                                rs.getBigDecimal(12), rs.getBigDecimal(13),
                                rs.getDate(14) == null ? null : rs.getDate(14).toLocalDate())),
                afterId, PAGE);
        totals[5]++;
        if (items.isEmpty()) {
            return null;
        }
        long first = items.getFirst().id();
        long last = items.getLast().id();
        Map<Long, List<MilestoneState>> plan = new HashMap<>();
        jdbc.query("""
                select m.id, m.item_id, m.name, m.due_date, m.planned_progress, m.done_on, m.light from milestones m
                join supervision_items i on i.id = m.item_id
                where i.status = 'ONLINE' and m.item_id between ? and ?""",
                rs -> {
                    Date done = rs.getDate(6);
                    MilestoneState m = new MilestoneState(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getInt(5), done == null ? null : done.toLocalDate(),
                            Light.valueOf(rs.getString(7)));
                    plan.computeIfAbsent(m.itemId(), k -> new ArrayList<>()).add(m);
                }, first, last);
        totals[5]++;
        // 标杆项目对标: the curves of every benchmark the page names, in one read.
        List<Long> benchmarkIds = items.stream().filter(i -> i.method() == ControlMethod.BENCHMARK)
                .map(ItemState::benchmarkId).filter(Objects::nonNull).distinct().toList();
        Map<Long, LightRule.Curve> curveOf = curves.load(benchmarkIds);
        totals[5] += benchmarkIds.isEmpty() ? 0 : 1;

        // Writes are grouped by the value written: one statement per light (and per kind of date change)
        // for the whole page, not one per milestone.
        Map<Light, List<Long>> milestonesByLight = new EnumMap<>(Light.class);
        List<Long> reached = new ArrayList<>();
        List<Long> unreached = new ArrayList<>();
        Map<Light, List<Long>> itemsByLight = new EnumMap<>(Light.class);
        List<String> changes = new ArrayList<>();
        Map<Long, ItemState> turnedRed = new LinkedHashMap<>();
        Map<Long, ItemState> turnedYellow = new LinkedHashMap<>();
        List<Owed> owed = new ArrayList<>();
        for (ItemState item : items) {
            List<MilestoneState> nodes = plan.getOrDefault(item.id(), List.of());
            LightRule.Verdict verdict = LightRule.of(item.method()).judge(new LightRule.Facts(ItemStatus.ONLINE,
                    item.startDate(), item.endDate(), item.actual(), nodes.stream()
                    .map(m -> new LightRule.Node(m.name(), m.due(), m.planned())).toList(),
                    item.benchmarkId() == null ? null : curveOf.get(item.benchmarkId()), item.monitor()), settings, today);
            for (int n = 0; n < nodes.size(); n++) {
                MilestoneState m = nodes.get(n);
                totals[1]++;
                Light l = verdict.nodes().get(n);
                if (l != m.light()) {
                    milestonesByLight.computeIfAbsent(l, k -> new ArrayList<>()).add(m.id());
                }
                boolean done = item.actual() >= m.planned();
                if (done && m.doneOn() == null) {
                    reached.add(m.id());
                } else if (!done && m.doneOn() != null) {
                    unreached.add(m.id());
                }
                if (!done && (l == Light.YELLOW || l == Light.RED)) {
                    owed.add(new Owed(m.id(), item, l));
                }
            }
            Light now = verdict.light();
            if (now != item.light()) {
                itemsByLight.computeIfAbsent(now, k -> new ArrayList<>()).add(item.id());
                changes.add("(next value for light_changes_seq, " + item.id() + ", '" + item.light().name() + "', '"
                        + now.name() + "', ?)");
                if (now == Light.RED) {
                    turnedRed.put(item.id(), item);
                } else if (now == Light.YELLOW) {
                    turnedYellow.put(item.id(), item);
                }
            }
        }
        totals[0] += items.size();
        totals[2] += changes.size();
        totals[3] += milestonesByLight.values().stream().mapToInt(List::size).sum();
        totals[4] += turnedRed.size();
        for (var e : milestonesByLight.entrySet()) {
            totals[5] += update("update milestones set light = '" + e.getKey().name() + "', version = version + 1"
                    + " where id in ", e.getValue());
        }
        totals[5] += update("update milestones set done_on = ? where id in ", reached, Date.valueOf(today));
        totals[5] += update("update milestones set done_on = null where id in ", unreached);
        // The version moves too: a form opened before the sweep is refused rather than overwriting it.
        for (var e : itemsByLight.entrySet()) {
            totals[5] += update("update supervision_items set light = '" + e.getKey().name()
                    + "', version = version + 1 where id in ", e.getValue());
        }
        for (int from = 0; from < changes.size(); from += CHUNK) {
            List<String> rows = changes.subList(from, Math.min(changes.size(), from + CHUNK));
            jdbc.update("insert into light_changes (id, item_id, from_light, to_light, changed_on) values "
                    + String.join(", ", rows), rows.stream().map(r -> Date.valueOf(today)).toArray());
            totals[5]++;
        }
        // The responsible cadres of every item someone is to be told about, in one read.
        Set<Long> told = new HashSet<>(turnedRed.keySet());
        told.addAll(turnedYellow.keySet());
        owed.forEach(o -> told.add(o.item().id()));
        Map<Long, Map<Long, String>> cadres = told.isEmpty() ? Map.of() : cadresOf(told);
        totals[5] += told.isEmpty() ? 0 : 1;
        if (!turnedRed.isEmpty()) {
            totals[5] += escalate(turnedRed, cadres, settings, today);
        }
        List<Notifier.Tell> tells = new ArrayList<>();
        turnedYellow.values().stream().filter(item -> cadres.containsKey(item.id())).forEach(item ->
                tells.addAll(reminders.yellowTells(item.id(), item.itemNo(), item.title(), cadres.get(item.id()))));
        totals[5] += remind(owed, cadres, today, tells);
        reminders.send(tells);
        return last;
    }

    /** A milestone yellow or red and not reached after the sweep: its cadres are owed today's 节点提醒. */
    private record Owed(long milestoneId, ItemState item, Light light) {
    }

    /**
     * 节点提醒: each responsible cadre of a milestone now yellow or red and not reached gets today's reminder (a
     * notice and a line in the day's SMS per item, added to {@code tells} for {@link Reminders} to send): a
     * read of the reminders already sent today for these items, and one insert; a second sweep on the same day
     * writes and sends none again.
     */
    private int remind(List<Owed> owed, Map<Long, Map<Long, String>> cadres, LocalDate today,
                       List<Notifier.Tell> tells) {
        List<Owed> withCadres = owed.stream().filter(o -> cadres.containsKey(o.item().id())).toList();
        if (withCadres.isEmpty()) {
            return 0;
        }
        Set<String> sent = new HashSet<>();
        jdbc.query("select milestone_id, cadre_id from supervision_reminders where sent_on = ? and item_id in ("
                + String.join(",", withCadres.stream().map(o -> String.valueOf(o.item().id())).distinct().toList())
                + ")", rs -> {
                    sent.add(rs.getLong(1) + ":" + rs.getLong(2));
                }, Date.valueOf(today));
        List<Object[]> rows = new ArrayList<>();
        // (cadre, item) → how many of the item's milestones, in the order of cadre and item.
        TreeMap<Long, TreeMap<Long, int[]>> counts = new TreeMap<>();
        Map<Long, ItemState> itemOf = new HashMap<>();
        for (Owed o : withCadres) {
            cadres.get(o.item().id()).forEach((cadreId, name) -> {
                if (sent.add(o.milestoneId() + ":" + cadreId)) {
                    rows.add(new Object[] {o.item().id(), o.milestoneId(), cadreId, name, o.light().name(),
                        Date.valueOf(today)});
                    counts.computeIfAbsent(cadreId, k -> new TreeMap<>())
                            .computeIfAbsent(o.item().id(), k -> new int[1])[0]++;
                    itemOf.put(o.item().id(), o.item());
                }
            });
        }
        if (rows.isEmpty()) {
            return 1;
        }
        for (int from = 0; from < rows.size(); from += CHUNK / 5) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK / 5));
            jdbc.update("insert into supervision_reminders (id, item_id, milestone_id, cadre_id, cadre_name, light,"
                    + " sent_on) values " + String.join(", ", Collections.nCopies(chunk.size(),
                    "(next value for supervision_reminders_seq, ?, ?, ?, ?, ?, ?)")),
                    chunk.stream().flatMap(Arrays::stream).toArray());
        }
        counts.forEach((cadreId, byItem) -> byItem.forEach((itemId, n) -> {
            ItemState item = itemOf.get(itemId);
            tells.add(reminders.milestones(itemId, item.itemNo(), item.title(), cadreId, n[0]));
        }));
        return 1 + (rows.size() + CHUNK / 5 - 1) / (CHUNK / 5);
    }

    /** Ids are numbers the sweep read itself, never user input, so they are written into the IN list. */
    private int update(String sqlBeforeIds, List<Long> ids, Object... args) {
        int statements = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.update(sqlBeforeIds + "(" + String.join(",", chunk.stream().map(String::valueOf).toList()) + ")",
                    args);
            statements++;
        }
        return statements;
    }

    /**
     * Two reads for the whole page (the items' reds so far, the cadres' reds in the plan year; the page has
     * read their responsible cadres); writes only for items with cadres.
     */
    private int escalate(Map<Long, ItemState> red, Map<Long, Map<Long, String>> cadres, LightSettings settings,
                         LocalDate today) {
        String in = String.join(",", red.keySet().stream().map(String::valueOf).toList());
        Map<Long, Integer> reds = new HashMap<>();
        jdbc.query("select item_id, count(*) from light_changes where to_light = 'RED' and item_id in (" + in + ")"
                + " group by item_id", rs -> {
                    reds.put(rs.getLong(1), rs.getInt(2));
                });
        return 1 + escalator.climb(red.values().stream().filter(item -> cadres.containsKey(item.id()))
                .map(item -> new Escalator.Red(item.id(), item.itemNo(), item.title(), reds.getOrDefault(item.id(), 1),
                        cadres.get(item.id()))).toList(), settings, today);
    }

    /** The responsible cadres (id, name) of each of these items, in one read. */
    private Map<Long, Map<Long, String>> cadresOf(Set<Long> itemIds) {
        String in = String.join(",", itemIds.stream().map(String::valueOf).toList());
        Map<Long, Map<Long, String>> cadres = new HashMap<>();
        jdbc.query("select ic.item_id, c.id, c.name from supervision_item_cadres ic join cadres c on c.id = ic.cadre_id"
                + " where ic.item_id in (" + in + ")", rs -> {
                    cadres.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
                });
        return cadres;
    }
}
