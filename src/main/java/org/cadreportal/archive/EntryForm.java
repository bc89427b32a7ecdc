package org.cadreportal.archive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** What a cadre (or a clerk on their behalf) writes in one entry: 干了什么事, 干成什么事, 成效是什么. */
@Getter
public class EntryForm {

    @NotNull(message = "{validation.required}")
    @Setter private Long periodId;

    @NotNull(message = "{validation.required}")
    @Setter private Long fieldId;

    @NotNull(message = "{validation.required}")
    @Setter private Long levelId;

    @NotNull(message = "{validation.required}")
    @Setter private Long categoryId;

    @NotNull(message = "{validation.required}")
    @Setter private WorkRole role;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    @Setter private String whatDone;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    @Setter private String achieved;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    @Setter private String effect;

    @Valid
    @Size(max = 10, message = "{validation.length}")
    private List<KeyFigure> figures = new ArrayList<>();

    public void setFigures(List<KeyFigure> figures) {
        this.figures = figures == null ? new ArrayList<>() : new ArrayList<>(figures);
    }
}
