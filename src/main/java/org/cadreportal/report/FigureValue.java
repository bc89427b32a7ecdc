package org.cadreportal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One figure's value on the dashboard or in a chart: a count, or for a rate its numerator and denominator and
 * the percentage rounded half-up to one decimal (null when the denominator is 0).
 */
public record FigureValue(FigureDefinition definition, long count, Long numerator, Long denominator) {

    public static FigureValue of(FigureDefinition definition, long count) {
        return new FigureValue(definition, count, null, null);
    }

    public static FigureValue rate(FigureDefinition definition, long numerator, long denominator) {
        return new FigureValue(definition, numerator, numerator, denominator);
    }

    /** The percentage, one decimal; null for a count or a rate over nothing. */
    public BigDecimal percent() {
        if (!definition.isRate() || denominator == null || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100.0 / denominator).setScale(1, RoundingMode.HALF_UP);
    }

    /** The number as the tile shows it: "973", "10,262" or "6.7%" ("—" for a rate over nothing). */
    public String display() {
        if (definition.isRate()) {
            BigDecimal p = percent();
            return p == null ? "—" : p.toPlainString() + "%";
        }
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** What a chart's bar measures: the count, or the percentage. */
    public double magnitude() {
        BigDecimal p = percent();
        return definition.isRate() ? (p == null ? 0 : p.doubleValue()) : count;
    }
}
