package org.cadreportal.adjustment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;

/** 启动动议: what a clerk enters to open a case. A "down" case needs at least one situation. */
public class OpenCaseForm {

    @NotNull(message = "{validation.required}")
    private Long cadreId;

    @NotNull(message = "{validation.required}")
    private Direction direction;

    @NotNull(message = "{validation.required}")
    private CaseSource source;

    private Set<Long> situationIds = new HashSet<>();

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    private String summary;

    public Long getCadreId() {
        return cadreId;
    }

    public void setCadreId(Long cadreId) {
        this.cadreId = cadreId;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public CaseSource getSource() {
        return source;
    }

    public void setSource(CaseSource source) {
        this.source = source;
    }

    public Set<Long> getSituationIds() {
        return situationIds;
    }

    public void setSituationIds(Set<Long> situationIds) {
        this.situationIds = situationIds == null ? new HashSet<>() : new HashSet<>(situationIds);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
