package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.cadreportal.assessment.ResultRow;

/**
 * A group's rank chart: one horizontal bar per unit in rank order, its length the unit's total (from zero, so
 * lengths compare honestly), coloured by 等次; each bar opens the unit's result sheet. Plain elements and one
 * stylesheet: no chart library.
 */
@StyleSheet("context://styles/assessment-rank-chart.css")
class RankChart extends Div {

    RankChart(long planId, List<ResultRow> rows) {
        setId("assessment-rank-chart");
        addClassName("assessment-rank-chart");
        double max = rows.stream().map(ResultRow::total).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        for (ResultRow r : rows) {
            String total = r.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            String grade = getTranslation(r.grade().labelKey());
            Span rank = new Span(String.valueOf(r.rank()));
            rank.addClassName("assessment-rank-no");
            Span unit = new Span(r.unitName());
            unit.addClassName("assessment-rank-unit");
            Div fill = new Div();
            fill.addClassNames("assessment-rank-fill", "grade-" + r.grade().name().toLowerCase(Locale.ROOT));
            double share = max <= 0 ? 0 : Math.max(0, r.total().doubleValue()) / max;
            fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", share * 100));
            Div track = new Div(fill);
            track.addClassName("assessment-rank-track");
            Span value = new Span(total + " · " + grade
                    + (r.vetoed() ? " · " + getTranslation("assessment.vetoed") : ""));
            value.addClassName("assessment-rank-value");
            Anchor bar = new Anchor("assessment/" + planId + "/unit/" + r.unitId());
            bar.add(rank, unit, track, value);
            bar.addClassName("assessment-rank-bar");
            bar.setId("assessment-rank-bar-" + r.unitId());
            bar.getElement().setAttribute("data-rank", String.valueOf(r.rank()));
            bar.setTitle(getTranslation("assessment.dashboard.barTitle", String.valueOf(r.rank()), r.unitName(), total,
                    grade));
            add(bar);
        }
    }
}
