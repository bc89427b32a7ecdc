package org.cadreportal.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A plan's rules: points per supervision event and their cap, the grade shares (好 the top {@code goodShare}
 * of a group, 较好 the next {@code fairShare}, 一般 the rest, 较差 below {@code poorBelow} points or vetoed) and
 * the minimum share of indicators scored from statistics; {@code excellentShare} is the most of a group's assessed
 * key cadres that may get the 年度考核 grade 优秀 (DOMAIN.md §8a: at most 20%).
 */
public record PlanRules(
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") BigDecimal redLightPoints,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") BigDecimal overduePoints,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") BigDecimal interviewPoints,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") BigDecimal supervisionCap,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") @DecimalMax(value = "1", message = "{validation.range}") BigDecimal goodShare,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") @DecimalMax(value = "1", message = "{validation.range}") BigDecimal fairShare,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") BigDecimal poorBelow,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") @DecimalMax(value = "1", message = "{validation.range}") BigDecimal minStatistics,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.range}") @DecimalMax(value = "1", message = "{validation.range}") BigDecimal excellentShare) {

    /** DOMAIN.md §8a [D]: 0.5 per red light, 1 per interview, capped at 5; 30% / 40%; below 60 较差; 77% from statistics; 优秀 for at most 20% of a group's leaders. */
    public static PlanRules defaults() {
        return new PlanRules(new BigDecimal("0.5"), new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("5"),
                new BigDecimal("0.3"), new BigDecimal("0.4"), new BigDecimal("60"), new BigDecimal("0.77"),
                new BigDecimal("0.2"));
    }
}
