package org.cadreportal.tolerance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A cadre's discipline, the start of 回访教育: its kind, the day decided and the end of its impact period. */
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

    public Long getCadreId() {
        return cadreId;
    }

    public void setCadreId(Long cadreId) {
        this.cadreId = cadreId;
    }

    public DisciplineType getType() {
        return type;
    }

    public void setType(DisciplineType type) {
        this.type = type;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getImpactUntil() {
        return impactUntil;
    }

    public void setImpactUntil(LocalDate impactUntil) {
        this.impactUntil = impactUntil;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
