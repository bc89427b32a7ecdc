package org.cadreportal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.base.StoredText;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cadres' mobile numbers and the 提醒短信 of the demo's past. Every cadre has a made-up number (1990 and
 * the id) except the cadres whose id is a multiple of {@value #WITHOUT}, who have none. The SMS are what the
 * outbox's daily batching makes of the reminders the demo holds (red lights and interviews from the ladder,
 * 节点提醒 day by day): one SMS per cadre and day, sent at 08:00 when the quiet hours end; for a cadre
 * without a number the day's SMS is recorded as not sent, with the reason. They are written here as the
 * delivered outbox rows, not by running the outbox over the year.
 */
final class DemoSms {

    static final int WITHOUT = 25;
    static final String TOPIC = "SUPERVISION";
    private static final int LINES_KEPT = 5;

    private final JdbcTemplate jdbc;

    DemoSms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the SMS delivered */
    int insert() {
        List<Object[]> numbers = jdbc.query("select id from cadres order by id", (rs, n) -> rs.getLong(1)).stream()
                .filter(id -> id % WITHOUT != 0)
                .map(id -> new Object[] {String.format("1990%07d", id % 10_000_000), id}).toList();
        jdbc.batchUpdate("update cadres set mobile = ? where id = ?", numbers);
        // The demo cadre's own account has a number: the outbox's own checks send to it.
        jdbc.update("update cadres set mobile = '19900000001' where id = (select cadre_id from user_accounts"
                + " where username = ?)", DemoAccounts.CADRE);
        SequenceIds ids = new SequenceIds(jdbc, "outbox_messages_seq");
        List<Object[]> rows = new ArrayList<>();
        int[] sent = {0};
        Day[] open = {null};
        jdbc.query("""
                select x.cadre_id, x.d, i.item_no, i.title, x.kind, c.mobile from (
                  select r.cadre_id, r.sent_on as d, r.item_id, 'milestone' as kind from supervision_reminders r
                  union all
                  select e.cadre_id, e.raised_on as d, e.item_id,
                    case when e.rung = 'REMINDER' then 'red' else 'interview' end as kind
                  from escalations e where e.rung in ('REMINDER', 'INTERVIEW')
                ) x join supervision_items i on i.id = x.item_id join cadres c on c.id = x.cadre_id
                order by x.cadre_id, x.d, x.item_id""", rs -> {
            long cadre = rs.getLong(1);
            LocalDate d = rs.getDate(2).toLocalDate();
            String line = StoredText.of("supervision.sms.line." + rs.getString(5), rs.getString(3), rs.getString(4),
                    1);
            Day day = open[0];
            if (day == null || day.cadre != cadre || !day.day.equals(d)) {
                if (day != null) {
                    sent[0] += day.row(ids, rows);
                }
                day = new Day(cadre, d, rs.getString(6));
                open[0] = day;
            }
            day.add(line);
            if (rows.size() >= 2_000) {
                flush(rows);
            }
        });
        if (open[0] != null) {
            sent[0] += open[0].row(ids, rows);
        }
        flush(rows);
        return sent[0];
    }

    private void flush(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into outbox_messages (id, channel, cadre_id, body, created_at, sent_at, attempts, status,
                  next_attempt_at, last_error, batch_day, topic, line_count, mobile, receipt)
                values (?, 'SMS', ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    /** One cadre's reminders of one day. */
    private static final class Day {
        final long cadre;
        final LocalDate day;
        final String mobile;
        final List<String> lines = new ArrayList<>();
        int count;

        Day(long cadre, LocalDate day, String mobile) {
            this.cadre = cadre;
            this.day = day;
            this.mobile = mobile;
        }

        void add(String line) {
            count++;
            if (lines.size() < LINES_KEPT) {
                lines.add(line);
            }
        }

        /** @return 1 when delivered */
        int row(SequenceIds ids, List<Object[]> rows) {
            long id = ids.next();
            Timestamp created = Timestamp.valueOf(day.atTime(1, 30));
            boolean sendable = mobile != null;
            rows.add(new Object[] {id, cadre, String.join("\n", lines), created,
                sendable ? Timestamp.valueOf(day.atTime(8, 0).plusSeconds(id % 600)) : null, sendable ? 1 : 0,
                sendable ? "SENT" : "SKIPPED", sendable ? null : "outbox.skip.noMobile", Date.valueOf(day), TOPIC,
                count, mobile, sendable ? "demo-" + id : null});
            return sendable ? 1 : 0;
        }
    }
}
