package org.cadreportal.adjustment;

import java.time.LocalDate;

/** A fault-tolerance finding (容错认定) on the case's cadre, shown at 分析研判 and 讨论决定. */
public record ToleranceFinding(LocalDate decidedOn, String matter, String conclusion) {
}
