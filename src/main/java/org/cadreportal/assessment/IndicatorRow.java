package org.cadreportal.assessment;

import java.math.BigDecimal;

/**
 * An indicator of a year's library, with the version a change must name; {@code automatic} when it is scored from
 * statistics without a human.
 */
public record IndicatorRow(long id, long dimensionId, String code, String name, String measure, Direction direction,
                           DataSource source, Method method, BigDecimal cap, BigDecimal base, BigDecimal step,
                           BigDecimal perEvent, Long scoringUnitId, String definition, int version) {

    public boolean automatic() {
        return source == DataSource.STATISTICS;
    }

    /** The indicator as its edit form starts. */
    public IndicatorForm form() {
        return new IndicatorForm(dimensionId, code, name, measure, direction, source, method, cap, base, step, perEvent,
                scoringUnitId, definition);
    }
}
