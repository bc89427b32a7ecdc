package org.cadreportal.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** A frontline inspection (一线考察识别) as recorded: when, where, by whom, what was found, whom it saw. */
@Getter
public class InspectionForm {

    @NotNull(message = "{validation.required}")
    @Setter private LocalDate inspectedOn;

    @NotNull(message = "{validation.required}")
    @Setter private Long unitId;

    @NotNull(message = "{validation.required}")
    @Setter private Long typeId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.length}")
    @Setter private String inspectors;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    @Setter private String finding;

    @Valid
    @NotEmpty(message = "{validation.required}")
    @Size(max = 50, message = "{validation.length}")
    private List<InspectedCadre> cadres = new ArrayList<>();

    public void setCadres(List<InspectedCadre> cadres) {
        this.cadres = cadres == null ? new ArrayList<>() : new ArrayList<>(cadres);
    }
}
