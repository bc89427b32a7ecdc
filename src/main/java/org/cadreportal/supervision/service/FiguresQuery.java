package org.cadreportal.supervision.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.cadreportal.supervision.SupervisionFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The figures of docs/metrics.md, each one SQL count over a period and a unit subtree (by lead unit). */
@Component
class FiguresQuery {

    private static final String IN_UNIT = " join units u on u.id = i.lead_unit_id and u.path like ? ";

    private final JdbcTemplate jdbc;

    FiguresQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SupervisionFigures figures(LocalDate from, LocalDate to, String unitPath) {
        String like = unitPath + "%";
        long online = count("select count(*) from supervision_items i" + IN_UNIT
                + "where i.online_on <= ? and (i.closed_on is null or i.closed_on >= ?)", like, to, from);
        long closed = count("select count(*) from supervision_items i" + IN_UNIT
                + "where i.closed_on between ? and ?", like, from, to);
        long red = count("select count(distinct c.item_id) from light_changes c join supervision_items i"
                + " on i.id = c.item_id" + IN_UNIT + "where c.to_light = 'RED' and c.changed_on between ? and ?",
                like, from, to);
        long reminders = count("select count(*) from escalations e join supervision_items i on i.id = e.item_id"
                + IN_UNIT + "where e.rung = 'REMINDER' and e.raised_on between ? and ?", like, from, to);
        long interviews = count("select count(*) from escalations e join supervision_items i on i.id = e.item_id"
                + IN_UNIT + "where e.rung = 'INTERVIEW' and e.interview_date between ? and ?", like, from, to);
        long adjustments = count("select count(*) from escalations e join supervision_items i on i.id = e.item_id"
                + IN_UNIT + "where e.rung = 'ADJUSTMENT' and e.raised_on between ? and ?", like, from, to);
        double rate = online == 0 ? 0 : BigDecimal.valueOf(red * 100.0 / online).setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
        return new SupervisionFigures(from, to, online, closed, red, rate, reminders, interviews, adjustments);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
