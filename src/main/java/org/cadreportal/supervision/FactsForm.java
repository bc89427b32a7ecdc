package org.cadreportal.supervision;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item's project facts as the 督查室 enters them: the 包保市领导 (a user name, null for none), 总投资 and
 * 年度计划投资 in 万元, and the 开工 and 入库 days. {@code version}: the item's, as the form was opened.
 */
public record FactsForm(@NotNull(message = "{validation.required}") Integer version,
                        @Size(max = 64, message = "{validation.length}") String leaderUsername,
                        @DecimalMin(value = "0", message = "{validation.number}")
                        @Digits(integer = ItemForm.FIGURE_INTEGER_DIGITS, fraction = ItemForm.FIGURE_FRACTION_DIGITS,
                                message = "{validation.number}") BigDecimal totalInvestment,
                        @DecimalMin(value = "0", message = "{validation.number}")
                        @Digits(integer = ItemForm.FIGURE_INTEGER_DIGITS, fraction = ItemForm.FIGURE_FRACTION_DIGITS,
                                message = "{validation.number}") BigDecimal annualInvestment,
                        LocalDate startedOn, LocalDate registeredOn) {
}
