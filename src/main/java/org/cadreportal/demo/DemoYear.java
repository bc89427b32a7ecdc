package org.cadreportal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.cadreportal.base.PortalClock;
import org.cadreportal.notification.OutboxDelivery;
import org.cadreportal.notification.SmsSender;
import org.cadreportal.supervision.NightlySweep;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plays the supervision {@link DemoSupervision.Plan} night by night through 2025, on the portal's clock pinned
 * (on this thread only) to each moment: at 01:30 the real nightly sweep (lights, 节点提醒,
 * the escalation ladder, their notices and SMS lines), at 08:00 the outbox's delivery of the morning's SMS, then
 * the day's events of the plan (items going online, progress reports, closings, interviews held). So the lights,
 * reminders, escalations and delivered SMS are the rules' output; only the reports are made up. The SMS go
 * through a gateway of the demo's own that takes every message (never the configured one: the numbers are
 * made up). The time since 2025 is not played night by night (the load would grow with the date): its reports
 * are applied at once and today's night is swept, so today's lights are the rule's too.
 */
final class DemoYear {

    static final LocalDate FIRST_NIGHT = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST_NIGHT = LocalDate.of(2025, 12, 31);
    private static final LocalTime SWEEP = LocalTime.of(1, 30);
    private static final LocalTime DELIVERY = LocalTime.of(8, 0);

    /** Records the interview of the open INTERVIEW escalation of an item, as the office, on the day. */
    interface Interviews {
        void hold(long itemId, LocalDate day);
    }

    /** What the year did, and where its time went. */
    record Result(int nights, int turnedRed, int delivered, long sweepMs, long deliveryMs, long eventsMs) {
    }

    private final JdbcTemplate jdbc;
    private final PortalClock clock;
    private final NightlySweep sweep;
    private final OutboxDelivery outbox;
    private final Runnable settle;
    private final Interviews interviews;
    private final SequenceIds reportIds;
    private final AtomicLong receipts = new AtomicLong();
    private final SmsSender gateway = sms -> "demo-" + receipts.incrementAndGet();

    DemoYear(JdbcTemplate jdbc, PortalClock clock, NightlySweep sweep, OutboxDelivery outbox, Runnable settle,
             Interviews interviews) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sweep = sweep;
        this.outbox = outbox;
        this.settle = settle;
        this.interviews = interviews;
        this.reportIds = new SequenceIds(jdbc, "progress_reports_seq");
    }

    /**
     * Every night of 2025 (and the day's events after it); then the events since, up to yesterday, at once (a
     * milestone a report reached is done on the report's day), and today's night.
     */
    Result play(DemoSupervision.Plan plan, LocalDate today) {
        long[] nanos = new long[3];
        int[] counts = new int[3];
        for (LocalDate day = FIRST_NIGHT; !day.isAfter(LAST_NIGHT) && !day.isAfter(today); day = day.plusDays(1)) {
            night(day, nanos, counts);
            DemoSupervision.Day events = plan.days.get(day);
            long t = System.nanoTime();
            if (events != null && day.isBefore(today)) {
                happen(day, events, false);
            }
            // The notices, messages and escalations of the night are written; the next night starts afresh.
            settle.run();
            nanos[2] += System.nanoTime() - t;
        }
        // The cadres read the year's notices (one day after the night that sent them); today's are still new.
        jdbc.update("update notices set read_at = timestampadd(HOUR, 24, created_at) where read_at is null"
                + " and cadre_id is not null and created_at < ?", Timestamp.valueOf(LAST_NIGHT.plusDays(1).atStartOfDay()));
        if (today.isAfter(LAST_NIGHT)) {
            long t = System.nanoTime();
            plan.days.subMap(LAST_NIGHT, false, today, false).forEach((day, events) -> happen(day, events, true));
            nanos[2] += System.nanoTime() - t;
            night(today, nanos, counts);
            settle.run();
        }
        return new Result(counts[0], counts[1], counts[2], TimeUnit.NANOSECONDS.toMillis(nanos[0]),
                TimeUnit.NANOSECONDS.toMillis(nanos[1]), TimeUnit.NANOSECONDS.toMillis(nanos[2]));
    }

    /** The sweep at 01:30 and the SMS delivery at 08:00 of a day. */
    private void night(LocalDate day, long[] nanos, int[] counts) {
        long t0 = System.nanoTime();
        counts[1] += clock.at(day.atTime(SWEEP), sweep::sweepNow).turnedRed();
        long t1 = System.nanoTime();
        counts[2] += clock.at(day.atTime(DELIVERY), () -> outbox.deliverDueSms(gateway));
        nanos[0] += t1 - t0;
        nanos[1] += System.nanoTime() - t1;
        counts[0]++;
    }

    private void happen(LocalDate day, DemoSupervision.Day events, boolean catchUp) {
        Date date = Date.valueOf(day);
        if (!events.online.isEmpty()) {
            jdbc.update("update supervision_items set status = 'ONLINE', online_on = ?, version = version + 1"
                    + " where id in (" + ids(events.online) + ")", date);
        }
        if (!events.reports.isEmpty()) {
            report(day, events.reports, catchUp);
        }
        if (!events.closed.isEmpty()) {
            jdbc.update("update supervision_items set status = 'CLOSED', closed_on = ?, light = 'GREEN',"
                    + " version = version + 1 where id in (" + ids(events.closed) + ")", date);
        }
        events.interviews.forEach(item -> clock.at(day.atTime(15, 0), () -> {
            interviews.hold(item, day);
            return null;
        }));
    }

    /** The day's reports, in the order of the day: the rows, then each item's progress (and figure) as reported. */
    private void report(LocalDate day, List<DemoSupervision.Report> reports, boolean catchUp) {
        List<DemoSupervision.Report> ordered = reports.stream()
                .sorted(Comparator.comparingInt(DemoSupervision.Report::hour)).toList();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> progress = new ArrayList<>();
        List<Object[]> figures = new ArrayList<>();
        for (DemoSupervision.Report r : ordered) {
            rows.add(new Object[] {reportIds.next(), r.itemId(), Timestamp.valueOf(day.atTime(r.hour(), 0)),
                DemoAccounts.SUPERVISION, DemoAccounts.SUPERVISION_NAME, r.progress(), r.monitorValue(), r.text()});
            progress.add(new Object[] {r.progress(), r.itemId()});
            if (r.monitorValue() != null) {
                figures.add(new Object[] {r.monitorValue(), Date.valueOf(day), r.itemId()});
            }
        }
        jdbc.batchUpdate("""
                insert into progress_reports (id, item_id, reported_at, reporter, reporter_name, actual_progress,
                monitor_value, report_text) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("update supervision_items set actual_progress = ? where id = ?", progress);
        if (!figures.isEmpty()) {
            jdbc.batchUpdate("update supervision_items set monitor_actual = ?, monitor_on = ? where id = ?", figures);
        }
        if (catchUp) {
            // No night swept in between: the milestones the report reached are done on its day.
            jdbc.batchUpdate("update milestones set done_on = ? where item_id = ? and planned_progress <= ?"
                    + " and done_on is null", ordered.stream().map(r -> new Object[] {Date.valueOf(day), r.itemId(),
                        r.progress()}).toList());
        }
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
