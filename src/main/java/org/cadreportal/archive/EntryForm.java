package org.cadreportal.archive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What a cadre (or a clerk on their behalf) writes in one entry: 干了什么事, 干成什么事, 成效是什么. */
public class EntryForm {

    @NotNull(message = "{validation.required}")
    private Long periodId;

    @NotNull(message = "{validation.required}")
    private Long fieldId;

    @NotNull(message = "{validation.required}")
    private Long levelId;

    @NotNull(message = "{validation.required}")
    private Long categoryId;

    @NotNull(message = "{validation.required}")
    private WorkRole role;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    private String whatDone;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    private String achieved;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    private String effect;

    @Valid
    @Size(max = 10, message = "{validation.length}")
    private List<KeyFigure> figures = new ArrayList<>();

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public void setFieldId(Long fieldId) {
        this.fieldId = fieldId;
    }

    public Long getLevelId() {
        return levelId;
    }

    public void setLevelId(Long levelId) {
        this.levelId = levelId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public WorkRole getRole() {
        return role;
    }

    public void setRole(WorkRole role) {
        this.role = role;
    }

    public String getWhatDone() {
        return whatDone;
    }

    public void setWhatDone(String whatDone) {
        this.whatDone = whatDone;
    }

    public String getAchieved() {
        return achieved;
    }

    public void setAchieved(String achieved) {
        this.achieved = achieved;
    }

    public String getEffect() {
        return effect;
    }

    public void setEffect(String effect) {
        this.effect = effect;
    }

    public List<KeyFigure> getFigures() {
        return figures;
    }

    public void setFigures(List<KeyFigure> figures) {
        this.figures = figures == null ? new ArrayList<>() : new ArrayList<>(figures);
    }
}
