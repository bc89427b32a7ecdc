package org.cadreportal.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A frontline inspection (一线考察识别) as recorded: when, where, by whom, what was found, whom it saw. */
public class InspectionForm {

    @NotNull(message = "{validation.required}")
    private LocalDate inspectedOn;

    @NotNull(message = "{validation.required}")
    private Long unitId;

    @NotNull(message = "{validation.required}")
    private Long typeId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.length}")
    private String inspectors;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    private String finding;

    @Valid
    @NotEmpty(message = "{validation.required}")
    @Size(max = 50, message = "{validation.length}")
    private List<InspectedCadre> cadres = new ArrayList<>();

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public String getInspectors() {
        return inspectors;
    }

    public void setInspectors(String inspectors) {
        this.inspectors = inspectors;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public List<InspectedCadre> getCadres() {
        return cadres;
    }

    public void setCadres(List<InspectedCadre> cadres) {
        this.cadres = cadres == null ? new ArrayList<>() : new ArrayList<>(cadres);
    }
}
