package org.cadreportal.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One indicator on a unit's result sheet: its weight in the unit's group, the score and the explanation: the
 * method's formula and the inputs and group values it used (keys {@code assessment.input.*}, values as numbers).
 * {@code valueId} is the data row behind it, if any.
 */
public record SheetLine(long indicatorId, String code, String name, String dimension, Method method, DataSource source,
                        BigDecimal weight, BigDecimal score, String formula, Map<String, String> inputs, Long valueId) {
}
