package org.cadreportal.cadre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One recorded 年度考核 result: the year assessed and its grade. */
public record GradeEntry(
        @Min(value = 1990, message = "{validation.number}") @Max(value = 2100, message = "{validation.number}") int year,
        @NotNull(message = "{validation.required}") AnnualGrade grade) {
}
