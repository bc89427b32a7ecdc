package org.cadreportal.supervision;

import java.math.BigDecimal;

/** The filtered items' count and their investment sums in 万元 (an item without a figure adds nothing). */
public record InvestmentSums(long items, BigDecimal total, BigDecimal annual, BigDecimal completed) {
}
