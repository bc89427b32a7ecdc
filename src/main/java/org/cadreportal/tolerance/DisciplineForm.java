package org.cadreportal.tolerance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** A cadre's discipline, the start of 回访教育: its kind, the day decided and the end of its impact period. */
@Getter
@Setter
public class DisciplineForm {

    @NotNull(message = "{validation.required}")
    private Long cadreId;

    @NotNull(message = "{validation.required}")
    private DisciplineType type;

    @NotNull(message = "{validation.required}")
    private LocalDate decidedOn;

    @NotNull(message = "{validation.required}")
    private LocalDate impactUntil;

    @Size(max = 1000, message = "{validation.length}")
    private String note;
}
