package org.cadreportal.accusation;

import java.time.LocalDate;

/** 处理: where a malicious reporter was referred (移送) and when; required after a 诬告陷害 finding. */
public record HandlingForm(String referredTo, LocalDate referredOn, String opinion) {
}
