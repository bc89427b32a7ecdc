package org.cadreportal.archive;

import java.math.BigDecimal;

/** A figure that shows an entry's effect: what was measured, how much, in which unit (e.g. 签约项目 12 个). */
public record KeyFigure(String label, BigDecimal amount, String unit) {
}
