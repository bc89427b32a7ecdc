package org.cadreportal.supervision.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
class FiguresQuery {

    private static final String IN_UNIT = " join units u on u.id = i.lead_unit_id and u.path like ? ";

    private static final String ONLINE_IN_UNIT = IN_UNIT
            + "where i.online_on <= ? and (i.closed_on is null or i.closed_on >= ?)";
    static final String ONLINE = " from supervision_items i" + ONLINE_IN_UNIT;
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

    /** The items a 包保市领导 has in charge, appended to an item figure's WHERE. */
    private static final String LED_BY = " and i.leader_username = ?";

    private final JdbcTemplate jdbc;

    SupervisionFigures figures(LocalDate from, LocalDate to, String unitPath) {
        long online = count(Figure.ONLINE, from, to, unitPath, null);
        long red = count(Figure.RED, from, to, unitPath, null);
        double rate = online == 0 ? 0 : BigDecimal.valueOf(red * 100.0 / online).setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
        return new SupervisionFigures(from, to, online, count(Figure.CLOSED, from, to, unitPath, null), red, rate,
                count(Figure.REMINDERS, from, to, unitPath, null), count(Figure.INTERVIEWS, from, to, unitPath, null),
                count(Figure.ADJUSTMENTS, from, to, unitPath, null));
    }

    /**
     * One figure's count: the number of rows {@link #records} pages through. {@code leader}: only the items that
     * 包保市领导 has in charge (for 提醒短信, the SMS to cadres responsible for one of them); null: every item.
     */
    long count(Figure figure, LocalDate from, LocalDate to, String unitPath, String leader) {
        String counted = figure == Figure.RED ? "select count(distinct c.item_id)" : "select count(*)";
        Long n = jdbc.queryForObject(counted + where(figure, leader), Long.class,
                args(figure, from, to, unitPath, leader));
        return n == null ? 0 : n;
    }

    /** What a figure is, for the drill-down: the rows of the same FROM ... WHERE its count reads. */
    enum Figure {
        ONLINE, CLOSED, RED, REMINDERS, INTERVIEWS, ADJUSTMENTS, STARTED, REGISTERED
    }

    /**
     * The records behind a figure, a page at a time: columns id, d (the day that put it in the period), item id,
     * item number, title, unit, detail. {@code total} is the figure's count.
     */
    Page<FigureRecord> records(Figure figure, LocalDate from, LocalDate to, String unitPath, String leader,
                               Pageable pageable) {
        if (figure == Figure.REMINDERS) {
            return deliveredSms(from, to, unitPath, leader, pageable);
        }
        String itemCols = ", i.id as item_id, i.item_no, i.title, u.name as unit_name";
        String rows = switch (figure) {
            case ONLINE -> "select i.id, i.online_on as d" + itemCols + ", i.closed_on as detail";
            case CLOSED -> "select i.id, i.closed_on as d" + itemCols + ", i.online_on as detail";
            case RED -> "select i.id, min(c.changed_on) as d" + itemCols + ", count(*) as detail";
            case INTERVIEWS -> "select e.id, e.interview_date as d" + itemCols + ", e.cadre_name as detail";
            case STARTED -> "select i.id, i.started_on as d" + itemCols + ", i.registered_on as detail";
            case REGISTERED -> "select i.id, i.registered_on as d" + itemCols + ", i.started_on as detail";
            default -> "select e.id, e.raised_on as d" + itemCols + ", e.cadre_name as detail";
        } + where(figure, leader) + (figure == Figure.RED ? " group by i.id, i.item_no, i.title, u.name" : "");
        List<FigureRecord> content = jdbc.query("select * from (" + rows + ") x"
                        + FigurePaging.orderAndLimit(pageable, "x.d", "x.id"),
                (rs, n) -> new FigureRecord(rs.getLong("id"), rs.getDate("d").toLocalDate(),
                        rs.getString("item_no") + " " + rs.getString("title"), rs.getString("unit_name"),
                        detail(figure, rs.getString("detail")), "supervision/item/" + rs.getLong("item_id")),
                args(figure, from, to, unitPath, leader));
        return new PageImpl<>(content, pageable, count(figure, from, to, unitPath, leader));
    }

    private static String detail(Figure figure, String detail) {
        return switch (figure) {
            case RED -> StoredText.of("figure.detail.redTimes", detail);
            case ONLINE -> detail == null ? "figure.detail.inProgress" : StoredText.of("figure.detail.closedOn", detail);
            case CLOSED -> StoredText.of("figure.detail.onlineOn", detail);
            case STARTED -> detail == null ? "figure.detail.notRegistered"
                    : StoredText.of("figure.detail.registeredOn", detail);
            case REGISTERED -> detail == null ? null : StoredText.of("figure.detail.startedOn", detail);
            default -> detail;
        };
    }

    /** A figure's FROM ... WHERE text, narrowed to a 包保市领导's items when one is named. */
    private static String where(Figure figure, String leader) {
        String text = switch (figure) {
            case ONLINE -> ONLINE;
            case CLOSED -> CLOSED;
            case RED -> RED;
            case REMINDERS -> DELIVERED_SMS;
            case INTERVIEWS -> INTERVIEWS;
            case ADJUSTMENTS -> ADJUSTMENTS;
            case STARTED -> STARTED;
            case REGISTERED -> REGISTERED;
        };
        return text + (figure != Figure.REMINDERS ? ledBy(leader) : leader == null ? ""
                : " and exists (select 1 from supervision_item_cadres ic join supervision_items li"
                + " on li.id = ic.item_id where ic.cadre_id = c.id and li.leader_username = ?)");
    }

    private static String ledBy(String leader) {
        return leader == null ? "" : LED_BY;
    }

    /** The parameters of {@link #where}: the unit path pattern, the period's two bounds, then the leader if any. */
    private static Object[] args(Figure figure, LocalDate from, LocalDate to, String unitPath, String leader) {
        List<Object> args = new ArrayList<>(switch (figure) {
            case ONLINE -> List.<Object>of(like(unitPath), Date.valueOf(to), Date.valueOf(from));
            case REMINDERS -> List.<Object>of(like(unitPath), from.atStartOfDay(), to.plusDays(1).atStartOfDay());
            default -> List.<Object>of(like(unitPath), Date.valueOf(from), Date.valueOf(to));
        });
        if (leader != null) {
            args.add(leader);
        }
        return args.toArray();
    }

    /**
     * The investment of the items online in the period (the 上线事项 figure's rows), in 万元: their 总投资 and
     * 年度计划投资, and the 已完成投资 they reported for the months the period touches. A sum, not a figure: it
     * has no drill-down.
     */
    InvestmentSums investment(LocalDate from, LocalDate to, String unitPath, String leader) {
        Object[] online = args(Figure.ONLINE, from, to, unitPath, leader);
        InvestmentSums plans = jdbc.queryForObject("select count(*), coalesce(sum(i.total_investment), 0),"
                        + " coalesce(sum(i.annual_investment), 0)" + where(Figure.ONLINE, leader),
                (rs, n) -> new InvestmentSums(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), null), online);
        List<Object> months = new ArrayList<>(List.of(online));
        months.addAll(List.of(Date.valueOf(from.withDayOfMonth(1)), Date.valueOf(to)));
        BigDecimal completed = jdbc.queryForObject("select coalesce(sum(r.amount), 0) from investment_reports r"
                        + " join supervision_items i on i.id = r.item_id" + ONLINE_IN_UNIT + ledBy(leader)
                        + " and r.report_month between ? and ?",
                BigDecimal.class, months.toArray());
        return new InvestmentSums(plans.items(), plans.total(), plans.annual(), completed);
    }

    /** The delivered SMS: the day sent, the cadre (opening the cadre's page), the unit, how many reminders. */
    private Page<FigureRecord> deliveredSms(LocalDate from, LocalDate to, String unitPath, String leader,
                                            Pageable pageable) {
        String rows = "select o.id, cast(o.sent_at as date) as d, c.id as cadre_id, c.name as cadre_name,"
                + " u.name as unit_name, o.line_count" + where(Figure.REMINDERS, leader);
        List<FigureRecord> content = jdbc.query("select * from (" + rows + ") x"
                        + FigurePaging.orderAndLimit(pageable, "x.d", "x.id"),
                (rs, n) -> new FigureRecord(rs.getLong("id"), rs.getDate("d").toLocalDate(), rs.getString("cadre_name"),
                        rs.getString("unit_name"), StoredText.of("figure.detail.sms", rs.getInt("line_count")),
                        "cadre/" + rs.getLong("cadre_id")), args(Figure.REMINDERS, from, to, unitPath, leader));
        return new PageImpl<>(content, pageable, count(Figure.REMINDERS, from, to, unitPath, leader));
    }

    private static String like(String unitPath) {
        return unitPath + "%";
    }
}
