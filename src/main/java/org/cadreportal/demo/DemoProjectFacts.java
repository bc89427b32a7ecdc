package org.cadreportal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's project facts: the city leader {@link DemoAccounts#LEADER} 包保 a few online 稳增长 items, each with
 * its investment plan, a 开工 day and a monthly investment report for every month since, so his home page and the list's leader
 * filter and sums have something to show.
 */
@RequiredArgsConstructor
final class DemoProjectFacts {

    static final int ITEMS = 6;

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    int insert() {
        List<Object[]> rows = jdbc.query("""
                select i.id, i.start_date from supervision_items i join supervision_aspects a on a.id = i.aspect_id
                where i.status = 'ONLINE' and a.section_id = (select min(section_id) from supervision_aspects)
                order by i.id limit ?""", (rs, k) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()}, ITEMS);
        int n = 0;
        for (Object[] row : rows) {
            long id = (Long) row[0];
            LocalDate started = (LocalDate) row[1];
            BigDecimal total = BigDecimal.valueOf(20_000L + 7_500L * n);
            BigDecimal annual = BigDecimal.valueOf(6_000L + 1_500L * n);
            BigDecimal sum = BigDecimal.ZERO;
            // A report for every month from the start to last month, so each year's dashboard sums what was invested.
            YearMonth first = YearMonth.from(started);
            YearMonth last = YearMonth.from(today).minusMonths(1);
            int m = 0;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1), m++) {
                BigDecimal amount = BigDecimal.valueOf(400L + 150L * ((n + m) % 4));
                jdbc.update("insert into investment_reports (id, version, item_id, report_month, amount, reporter,"
                        + " reporter_name) values (next value for investment_reports_seq, 0, ?, ?, ?, ?, ?)", id,
                        month.atDay(1), amount, DemoAccounts.SUPERVISION, DemoAccounts.SUPERVISION_NAME);
                sum = sum.add(amount);
            }
            jdbc.update("""
                    update supervision_items set leader_username = ?, leader_name = ?, total_investment = ?,
                    annual_investment = ?, completed_investment = ?, started_on = ?, registered_on = ? where id = ?""",
                    DemoAccounts.LEADER, DemoAccounts.LEADER_NAME, total, annual, sum, started,
                    n % 2 == 0 ? started.plusDays(30) : null, id);
            n++;
        }
        return n;
    }
}
