package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.Svg;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cadreportal.supervision.Light;

/**
 * A Gantt chart drawn on the server as SVG (no paid component): per row the planned bar, the actual
 * progress over it, milestone diamonds in their light's colour, and a line for today.
 */
final class GanttChart {

    private static final int LABEL = 220;
    private static final int WIDTH = 980;
    private static final int ROW = 34;
    private static final int TOP = 28;

    record Mark(LocalDate date, Light light, String name) {
    }

    record Row(String label, LocalDate start, LocalDate end, int progress, Light light, List<Mark> marks) {
    }

    private GanttChart() {
    }

    static Svg draw(List<Row> rows, LocalDate today, String todayLabel) {
        LocalDate from = rows.stream().map(Row::start).min(LocalDate::compareTo).orElse(today).minusDays(7);
        LocalDate to = rows.stream().map(Row::end).max(LocalDate::compareTo).orElse(today).plusDays(7);
        if (today.isAfter(to)) {
            to = today.plusDays(7);
        }
        if (today.isBefore(from)) {
            from = today.minusDays(7);
        }
        double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double scale = (WIDTH - LABEL - 20) / days;
        int height = TOP + rows.size() * ROW + 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns='http://www.w3.org/2000/svg' class='portal-gantt' viewBox='0 0 ").append(WIDTH)
                .append(' ').append(height).append("' width='100%' role='img'>");
        // Month lines along the top, labelled often enough to read and never so often that they overlap.
        long months = Math.max(1, ChronoUnit.MONTHS.between(from, to));
        int every = (int) Math.max(1, (months + 11) / 12);
        int k = 0;
        for (LocalDate m = from.withDayOfMonth(1).plusMonths(1); m.isBefore(to); m = m.plusMonths(1), k++) {
            double x = LABEL + ChronoUnit.DAYS.between(from, m) * scale;
            s.append("<line x1='").append(fmt(x)).append("' y1='").append(TOP - 6).append("' x2='").append(fmt(x))
                    .append("' y2='").append(height).append("' class='gantt-grid'/>");
            if (k % every == 0) {
                s.append("<text x='").append(fmt(x + 2)).append("' y='14' class='gantt-tick'>").append(m.getYear())
                        .append('-').append(String.format("%02d", m.getMonthValue())).append("</text>");
            }
        }
        int y = TOP;
        for (Row r : rows) {
            double x0 = LABEL + ChronoUnit.DAYS.between(from, r.start()) * scale;
            double x1 = LABEL + ChronoUnit.DAYS.between(from, r.end()) * scale;
            double w = Math.max(2, x1 - x0);
            s.append("<text x='4' y='").append(y + 20).append("' class='gantt-label'>").append(escape(r.label()))
                    .append("</text>");
            s.append("<rect x='").append(fmt(x0)).append("' y='").append(y + 8).append("' width='").append(fmt(w))
                    .append("' height='16' rx='3' class='gantt-plan'/>");
            s.append("<rect x='").append(fmt(x0)).append("' y='").append(y + 11).append("' width='")
                    .append(fmt(w * Math.min(100, r.progress()) / 100.0)).append("' height='10' rx='2' class='gantt-actual gantt-")
                    .append(r.light().name().toLowerCase()).append("'/>");
            for (Mark m : r.marks()) {
                double mx = LABEL + ChronoUnit.DAYS.between(from, m.date()) * scale;
                s.append("<path d='M").append(fmt(mx)).append(' ').append(y + 6).append(" l6 10 l-6 10 l-6 -10 z' class='gantt-mark gantt-")
                        .append(m.light().name().toLowerCase()).append("'><title>").append(escape(m.name())).append(' ')
                        .append(m.date()).append("</title></path>");
            }
            y += ROW;
        }
        double tx = LABEL + ChronoUnit.DAYS.between(from, today) * scale;
        s.append("<line x1='").append(fmt(tx)).append("' y1='").append(TOP - 6).append("' x2='").append(fmt(tx))
                .append("' y2='").append(height).append("' class='gantt-today'/>");
        s.append("<text x='").append(fmt(tx + 3)).append("' y='").append(TOP).append("' class='gantt-today-label'>")
                .append(escape(todayLabel)).append("</text>");
        s.append("</svg>");
        return new Svg(s.toString());
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
