package org.cadreportal.supervision;

import java.math.BigDecimal;
import java.time.YearMonth;

/** 月度投资报送: the investment completed in a month, in 万元; a second report for the month corrects the first. */
public record InvestmentForm(YearMonth month, BigDecimal amount) {
}
