package org.cadreportal.supervision.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.base.StoredText;
import org.cadreportal.report.FigurePaging;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.supervision.InvestmentSums;
import org.cadreportal.supervision.SupervisionFigures;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of docs/metrics.md, each one SQL count over a period and a unit subtree (by lead unit). Each
 * figure is one FROM ... WHERE text: its count and its records (the dashboard's drill-down) read the same rows.
 * Every text takes the unit path pattern and then the period's two days as parameters.
 */
@Component
class FiguresQuery {

    private static final String IN_UNIT = " join units u on u.id = i.lead_unit_id and u.path like ? ";

    static final String ONLINE = " from supervision_items i" + IN_UNIT
            + "where i.online_on <= ? and (i.closed_on is null or i.closed_on >= ?)";
    static final String CLOSED = " from supervision_items i" + IN_UNIT + "where i.closed_on between ? and ?";
    static final String RED = " from light_changes c join supervision_items i on i.id = c.item_id" + IN_UNIT
            + "where c.to_light = 'RED' and c.changed_on between ? and ?";
    /**
     * 提醒短信: the SMS about 大督办 the outbox delivered (each a cadre's one SMS of a day, summing up that day's
     * red and yellow lights, 节点提醒 and interview notices), by the cadre's unit, on the day it went out.
     */
    static final String DELIVERED_SMS = " from outbox_messages o join cadres c on c.id = o.cadre_id"
            + " join units u on u.id = c.unit_id and u.path like ? where o.channel = 'SMS' and o.topic = '"
            + Reminders.TOPIC + "' and o.status = 'SENT' and o.sent_at >= ? and o.sent_at < ?";
    static final String INTERVIEWS = " from escalations e join supervision_items i on i.id = e.item_id" + IN_UNIT
            + "where e.rung = 'INTERVIEW' and e.interview_date between ? and ?";
    static final String ADJUSTMENTS = " from escalations e join supervision_items i on i.id = e.item_id" + IN_UNIT
            + "where e.rung = 'ADJUSTMENT' and e.raised_on between ? and ?";
    /** 开工项目: items (not drafts) whose 开工 day falls in the period. */
    static final String STARTED = " from supervision_items i" + IN_UNIT
            + "where i.status <> 'DRAFT' and i.started_on between ? and ?";
    /** 入库项目: items (not drafts) whose 入库 day falls in the period. */
    static final String REGISTERED = " from supervision_items i" + IN_UNIT
            + "where i.status <> 'DRAFT' and i.registered_on between ? and ?";

    private final JdbcTemplate jdbc;

    FiguresQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SupervisionFigures figures(LocalDate from, LocalDate to, String unitPath) {
        long online = count(Figure.ONLINE, from, to, unitPath);
        long red = count(Figure.RED, from, to, unitPath);
        double rate = online == 0 ? 0 : BigDecimal.valueOf(red * 100.0 / online).setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
        return new SupervisionFigures(from, to, online, count(Figure.CLOSED, from, to, unitPath), red, rate,
                count(Figure.REMINDERS, from, to, unitPath), count(Figure.INTERVIEWS, from, to, unitPath),
                count(Figure.ADJUSTMENTS, from, to, unitPath));
    }

    /** One figure's count: the number of rows {@link #records} pages through. */
    long count(Figure figure, LocalDate from, LocalDate to, String unitPath) {
        return switch (figure) {
            case ONLINE -> count("select count(*)" + ONLINE, unitPath, to, from);
            case CLOSED -> count("select count(*)" + CLOSED, unitPath, from, to);
            case RED -> count("select count(distinct c.item_id)" + RED, unitPath, from, to);
            case REMINDERS -> count("select count(*)" + DELIVERED_SMS, unitPath, from.atStartOfDay(),
                    to.plusDays(1).atStartOfDay());
            case INTERVIEWS -> count("select count(*)" + INTERVIEWS, unitPath, from, to);
            case ADJUSTMENTS -> count("select count(*)" + ADJUSTMENTS, unitPath, from, to);
            case STARTED -> count("select count(*)" + STARTED, unitPath, from, to);
            case REGISTERED -> count("select count(*)" + REGISTERED, unitPath, from, to);
        };
    }

    /** What a figure is, for the drill-down: the rows of the same FROM ... WHERE its count reads. */
    enum Figure {
        ONLINE, CLOSED, RED, REMINDERS, INTERVIEWS, ADJUSTMENTS, STARTED, REGISTERED
    }

    /**
     * The records behind a figure, a page at a time: columns id, d (the day that put it in the period), item id,
     * item number, title, unit, detail. {@code total} is the figure's count.
     */
    Page<FigureRecord> records(Figure figure, LocalDate from, LocalDate to, String unitPath, Pageable pageable) {
        String itemCols = ", i.id as item_id, i.item_no, i.title, u.name as unit_name";
        String rows;
        List<Object> args = new ArrayList<>();
        switch (figure) {
            case ONLINE -> {
                rows = "select i.id, i.online_on as d" + itemCols + ", i.closed_on as detail" + ONLINE;
                args.addAll(List.of(like(unitPath), Date.valueOf(to), Date.valueOf(from)));
            }
            case CLOSED -> {
                rows = "select i.id, i.closed_on as d" + itemCols + ", i.online_on as detail" + CLOSED;
                args.addAll(period(unitPath, from, to));
            }
            case RED -> {
                rows = "select i.id, min(c.changed_on) as d" + itemCols + ", count(*) as detail" + RED
                        + " group by i.id, i.item_no, i.title, u.name";
                args.addAll(period(unitPath, from, to));
            }
            case REMINDERS -> {
                return deliveredSms(from, to, unitPath, pageable);
            }
            case INTERVIEWS -> {
                rows = "select e.id, e.interview_date as d" + itemCols + ", e.cadre_name as detail" + INTERVIEWS;
                args.addAll(period(unitPath, from, to));
            }
            case STARTED -> {
                rows = "select i.id, i.started_on as d" + itemCols + ", i.registered_on as detail" + STARTED;
                args.addAll(period(unitPath, from, to));
            }
            case REGISTERED -> {
                rows = "select i.id, i.registered_on as d" + itemCols + ", i.started_on as detail" + REGISTERED;
                args.addAll(period(unitPath, from, to));
            }
            default -> {
                rows = "select e.id, e.raised_on as d" + itemCols + ", e.cadre_name as detail" + ADJUSTMENTS;
                args.addAll(period(unitPath, from, to));
            }
        }
        List<FigureRecord> content = jdbc.query("select * from (" + rows + ") x"
                        + FigurePaging.orderAndLimit(pageable, "x.d", "x.id"),
                (rs, n) -> {
                    String detail = rs.getString("detail");
                    if (figure == Figure.RED) {
                        detail = StoredText.of("figure.detail.redTimes", detail);
                    } else if (figure == Figure.ONLINE) {
                        detail = detail == null ? "figure.detail.inProgress" : StoredText.of("figure.detail.closedOn", detail);
                    } else if (figure == Figure.CLOSED) {
                        detail = StoredText.of("figure.detail.onlineOn", detail);
                    } else if (figure == Figure.STARTED) {
                        detail = detail == null ? "figure.detail.notRegistered"
                                : StoredText.of("figure.detail.registeredOn", detail);
                    } else if (figure == Figure.REGISTERED) {
                        detail = detail == null ? null : StoredText.of("figure.detail.startedOn", detail);
                    }
                    return new FigureRecord(rs.getLong("id"), rs.getDate("d").toLocalDate(),
                            rs.getString("item_no") + " " + rs.getString("title"), rs.getString("unit_name"), detail,
                            "supervision/item/" + rs.getLong("item_id"));
                }, args.toArray());
        return new PageImpl<>(content, pageable, count(figure, from, to, unitPath));
    }

    /**
     * The investment of the items online in the period (the 上线事项 figure's rows), in 万元: their 总投资 and
     * 年度计划投资, and the 已完成投资 they reported for the months the period touches. A sum, not a figure: it
     * has no drill-down.
     */
    InvestmentSums investment(LocalDate from, LocalDate to, String unitPath) {
        InvestmentSums plans = jdbc.queryForObject("select count(*), coalesce(sum(i.total_investment), 0),"
                        + " coalesce(sum(i.annual_investment), 0)" + ONLINE,
                (rs, n) -> new InvestmentSums(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), null),
                like(unitPath), Date.valueOf(to), Date.valueOf(from));
        BigDecimal completed = jdbc.queryForObject("select coalesce(sum(r.amount), 0) from investment_reports r"
                        + " join supervision_items i on i.id = r.item_id" + IN_UNIT
                        + "where i.online_on <= ? and (i.closed_on is null or i.closed_on >= ?)"
                        + " and r.report_month between ? and ?", BigDecimal.class, like(unitPath), Date.valueOf(to),
                Date.valueOf(from), Date.valueOf(from.withDayOfMonth(1)), Date.valueOf(to));
        return new InvestmentSums(plans.items(), plans.total(), plans.annual(), completed);
    }

    /** The delivered SMS: the day sent, the cadre (opening the cadre's page), the unit, how many reminders. */
    private Page<FigureRecord> deliveredSms(LocalDate from, LocalDate to, String unitPath, Pageable pageable) {
        String rows = "select o.id, cast(o.sent_at as date) as d, c.id as cadre_id, c.name as cadre_name,"
                + " u.name as unit_name, o.line_count" + DELIVERED_SMS;
        List<FigureRecord> content = jdbc.query("select * from (" + rows + ") x"
                        + FigurePaging.orderAndLimit(pageable, "x.d", "x.id"),
                (rs, n) -> new FigureRecord(rs.getLong("id"), rs.getDate("d").toLocalDate(), rs.getString("cadre_name"),
                        rs.getString("unit_name"), StoredText.of("figure.detail.sms", rs.getInt("line_count")),
                        "cadre/" + rs.getLong("cadre_id")),
                like(unitPath), from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        return new PageImpl<>(content, pageable, count(Figure.REMINDERS, from, to, unitPath));
    }

    private static List<Object> period(String unitPath, LocalDate from, LocalDate to) {
        return List.of(like(unitPath), Date.valueOf(from), Date.valueOf(to));
    }

    private static String like(String unitPath) {
        return unitPath + "%";
    }

    private long count(String sql, String unitPath, Object a, Object b) {
        Long n = jdbc.queryForObject(sql, Long.class, like(unitPath), a, b);
        return n == null ? 0 : n;
    }
}
