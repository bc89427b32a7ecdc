package org.cadreportal.assessment;

import java.math.BigDecimal;

/** An indicator of a year's library; {@code automatic} when it is scored from statistics without a human. */
public record IndicatorRow(long id, long dimensionId, String code, String name, String measure, Direction direction,
                           DataSource source, Method method, BigDecimal cap, BigDecimal base, BigDecimal step,
                           BigDecimal perEvent, Long scoringUnitId, String definition) {

    public boolean automatic() {
        return source == DataSource.STATISTICS;
    }
}
