package org.cadreportal.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 节点提醒 for the demo items: what the supervision feature sends each responsible cadre every day while a
 * milestone of their item is not done — from {@value #YELLOW_DAYS} days before its due date (yellow), and
 * every day after it (red) until it is done, up to today. Closed items met every milestone on its due date, so
 * each of theirs gave seven reminders; with the red-light reminders this is the article's "10,000+ reminders"
 * for 2025, counted row by row.
 */
final class DemoReminders {

    /** The light rule's default yellow window (LightSettings.yellowDays). */
    static final int YELLOW_DAYS = 7;

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    DemoReminders(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    int insert() {
        SequenceIds ids = new SequenceIds(jdbc, "supervision_reminders_seq");
        List<Object[]> rows = new ArrayList<>();
        int[] total = {0};
        jdbc.query("""
                select m.id, m.item_id, m.due_date, m.done_on, ic.cadre_id, c.name
                from milestones m join supervision_items i on i.id = m.item_id
                join supervision_item_cadres ic on ic.item_id = m.item_id join cadres c on c.id = ic.cadre_id
                where i.online_on is not null order by m.id, ic.cadre_id""", rs -> {
            long milestone = rs.getLong(1);
            long item = rs.getLong(2);
            LocalDate due = rs.getDate(3).toLocalDate();
            Date doneOn = rs.getDate(4);
            LocalDate done = doneOn == null ? null : doneOn.toLocalDate();
            long cadre = rs.getLong(5);
            String name = rs.getString(6);
            LocalDate last = done == null ? today : min(done.minusDays(1), today);
            for (LocalDate d = due.minusDays(YELLOW_DAYS); !d.isAfter(last); d = d.plusDays(1)) {
                rows.add(new Object[] {ids.next(), item, milestone, cadre, name, d.isAfter(due) ? "RED" : "YELLOW",
                    Date.valueOf(d)});
                if (rows.size() == 2_000) {
                    total[0] += flush(rows);
                }
            }
        });
        total[0] += flush(rows);
        return total[0];
    }

    private int flush(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into supervision_reminders (id, item_id, milestone_id, cadre_id, cadre_name, light, sent_on)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
        int n = rows.size();
        rows.clear();
        return n;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
