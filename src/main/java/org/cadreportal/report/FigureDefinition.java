package org.cadreportal.report;

/**
 * A figure a feature contributes: a stable key (e.g. {@code accusation.falseAccusations}), the
 * translation keys of its label and of the dashboard section it belongs to, and its order there. A rate
 * names the two counted figures it divides ({@code numerator} ÷ {@code denominator}, in percent); a plain
 * count leaves both null. {@code measureKey} is the translation key of its unit of measure (件, 人次, %).
 */
public record FigureDefinition(String key, String labelKey, String sectionKey, int order, String measureKey,
                               String numerator, String denominator) {

    public static FigureDefinition count(String key, String labelKey, String sectionKey, int order,
                                         String measureKey) {
        return new FigureDefinition(key, labelKey, sectionKey, order, measureKey, null, null);
    }

    public boolean isRate() {
        return numerator != null && denominator != null;
    }
}
