package org.cadreportal.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An indicator as the office enters it. {@code cap} is the ceiling of 目标完成率's ratio; {@code base} the b of
 * 功效系数法 and 增幅法; {@code step} what each rank loses in 位次法; {@code perEvent} the points per event of
 * 加分 and 扣分. {@code scoringUnitId} is the unit whose staff enter the indicator's points, where a human does.
 */
public record IndicatorForm(
        @NotNull(message = "{validation.required}") Long dimensionId,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.length}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.length}") String name,
        @Size(max = 40, message = "{validation.length}") String measure,
        @NotNull(message = "{validation.required}") Direction direction,
        @NotNull(message = "{validation.required}") DataSource source,
        @NotNull(message = "{validation.required}") Method method,
        BigDecimal cap, BigDecimal base, BigDecimal step, BigDecimal perEvent, Long scoringUnitId,
        @Size(max = 2000, message = "{validation.length}") String definition) {
}
