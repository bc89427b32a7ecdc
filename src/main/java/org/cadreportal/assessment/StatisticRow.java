package org.cadreportal.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One unit's statistic for one statistics indicator of its group, as the data screen lists it; {@code valueId} is
 * null while nothing was imported or entered for the pair yet.
 */
public record StatisticRow(Long valueId, long indicatorId, String indicatorCode, String indicatorName, String measure,
                           Method method, long unitId, String unitCode, String unitName, long groupId, String groupName,
                           BigDecimal actual, BigDecimal previous, BigDecimal target, String enteredBy,
                           LocalDateTime enteredAt) {

    /** Sort properties the data screen may ask for; anything else sorts by group, unit and indicator. */
    public static final String SORT_INDICATOR = "indicator";
    public static final String SORT_UNIT = "unit";
    public static final String SORT_GROUP = "group";
    public static final String SORT_ACTUAL = "actual";
    public static final String SORT_PREVIOUS = "previous";
    public static final String SORT_TARGET = "target";
    public static final String SORT_ENTERED_AT = "enteredAt";
}
