package org.cadreportal.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone (节点): its date and the progress planned by then, in per cent. */
public record MilestoneForm(@NotBlank @Size(max = 200) String name, @NotNull LocalDate dueDate,
                            @NotNull @Min(1) @Max(100) Integer plannedProgress) {
}
