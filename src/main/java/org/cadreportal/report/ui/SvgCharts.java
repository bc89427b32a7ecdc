package org.cadreportal.report.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;
import org.cadreportal.report.ChartBar;

/** Bar charts drawn on the server as plain SVG markup (every text escaped): no chart library, no npm. */
final class SvgCharts {

    private SvgCharts() {
    }

    /** Vertical bars, one per label (the twelve months), the value written over each bar. */
    static Svg columns(List<ChartBar> bars, List<String> labels, String title) {
        int width = 640;
        int height = 240;
        int top = 24;
        int bottom = 28;
        double max = Math.max(1, bars.stream().mapToDouble(b -> b.value().magnitude()).max().orElse(1));
        double slot = (width - 20.0) / Math.max(1, bars.size());
        StringBuilder s = open(width, height, title, "portal-chart-columns");
        s.append("<line x1='10' y1='").append(height - bottom).append("' x2='").append(width - 10).append("' y2='")
                .append(height - bottom).append("' class='chart-axis'/>");
        for (int i = 0; i < bars.size(); i++) {
            ChartBar b = bars.get(i);
            double h = (height - top - bottom) * b.value().magnitude() / max;
            double x = 10 + i * slot + slot * 0.15;
            double y = height - bottom - h;
            s.append("<rect x='").append(fmt(x)).append("' y='").append(fmt(y)).append("' width='")
                    .append(fmt(slot * 0.7)).append("' height='").append(fmt(h)).append("' class='chart-bar'><title>")
                    .append(escape(labels.get(i) + " " + b.value().display())).append("</title></rect>");
            s.append("<text x='").append(fmt(x + slot * 0.35)).append("' y='").append(fmt(y - 4))
                    .append("' text-anchor='middle' class='chart-value'>").append(escape(b.value().display()))
                    .append("</text>");
            s.append("<text x='").append(fmt(x + slot * 0.35)).append("' y='").append(height - 10)
                    .append("' text-anchor='middle' class='chart-label'>").append(escape(labels.get(i)))
                    .append("</text>");
        }
        return close(s);
    }

    /** Horizontal bars, one per unit, its name on the left and the value at the bar's end. */
    static Svg rows(List<ChartBar> bars, String title) {
        int width = 640;
        int label = 150;
        int row = 22;
        int height = Math.max(1, bars.size()) * row + 8;
        double max = Math.max(1, bars.stream().mapToDouble(b -> b.value().magnitude()).max().orElse(1));
        StringBuilder s = open(width, height, title, "portal-chart-rows");
        int y = 4;
        for (ChartBar b : bars) {
            double w = (width - label - 70) * b.value().magnitude() / max;
            s.append("<text x='").append(label - 6).append("' y='").append(y + 15)
                    .append("' text-anchor='end' class='chart-label'>").append(escape(shorten(b.label())))
                    .append("</text>");
            s.append("<rect x='").append(label).append("' y='").append(y + 3).append("' width='").append(fmt(w))
                    .append("' height='").append(row - 6).append("' class='chart-bar'><title>")
                    .append(escape(b.label() + " " + b.value().display())).append("</title></rect>");
            s.append("<text x='").append(fmt(label + w + 4)).append("' y='").append(y + 15)
                    .append("' class='chart-value'>").append(escape(b.value().display())).append("</text>");
            y += row;
        }
        return close(s);
    }

    private static StringBuilder open(int width, int height, String title, String cls) {
        return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='").append(cls)
                .append("' viewBox='0 0 ").append(width).append(' ').append(height)
                .append("' width='100%' role='img' aria-label='").append(escape(title)).append("'>");
    }

    private static Svg close(StringBuilder s) {
        return new Svg(s.append("</svg>").toString());
    }

    private static String shorten(String name) {
        return name.length() > 10 ? name.substring(0, 9) + "…" : name;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
