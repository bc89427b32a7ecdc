package org.cadreportal.assessment;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A hand-entered value of one unit for one indicator: the points of 评价打分, the number of events of 加分 or
 * 扣分, 1 for a 一票否决 (0 lifts it).
 */
public record ScoreEntry(long indicatorId, long unitId, @NotNull(message = "{validation.required}") BigDecimal value) {

    /** The field a refusal of the {@code index}-th entry of a call names, so a sheet of cells marks that one. */
    public static String field(int index) {
        return "entries[" + index + "].value";
    }
}
