package org.cadreportal.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** One data row (a statistic or an entered value) with its history, oldest first. */
public record ValueRow(long id, String indicatorCode, String indicatorName, String unitName, BigDecimal actual,
                       BigDecimal previous, BigDecimal target, String enteredBy, LocalDateTime enteredAt,
                       List<Change> history) {

    public record Change(LocalDateTime at, String by, BigDecimal actual, BigDecimal previous, BigDecimal target) {
    }
}
