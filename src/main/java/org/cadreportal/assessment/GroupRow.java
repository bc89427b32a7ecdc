package org.cadreportal.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An assessment group (考核类别): its units, the weight of each of its indicators, its total and the sum of the
 * weights that count towards it (bonus, deduction and veto items lie outside the total, their weight is their cap),
 * and the version a change must name.
 */
public record GroupRow(long id, String code, String name, BigDecimal total, BigDecimal weightSum, List<Long> unitIds,
                       Map<Long, BigDecimal> weights, int version) {

    public boolean balanced() {
        return weightSum.compareTo(total) == 0;
    }
}
