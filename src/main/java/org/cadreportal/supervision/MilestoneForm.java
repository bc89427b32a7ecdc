package org.cadreportal.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone (节点): its date and the progress planned by then, in per cent. */
public record MilestoneForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.length}") String name,
        @NotNull(message = "{validation.required}") LocalDate dueDate,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.number}")
        @Max(value = 100, message = "{validation.number}") Integer plannedProgress) {
}
