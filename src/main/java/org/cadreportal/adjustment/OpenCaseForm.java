package org.cadreportal.adjustment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;

/**
 * 启动动议: what a clerk enters to open a case. A "down" case needs at least one situation; a 上 case for
 * a cadre inside the impact period of a 下 needs {@code impactReason}, unless the 下's situation bars it.
 */
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

    /** What the case came from, as a stored text (e.g. a frontline recommendation): shown on the case page. */
    @Size(max = 300, message = "{validation.length}")
    private String reference;

    /** The route of that record (e.g. {@code inspection/123}), linked from the case page. */
    @Size(max = 100, message = "{validation.length}")
    private String referenceLink;

    /** Why a 上 case is opened while the cadre is inside the impact period of a 下 (能下能再上). */
    @Size(max = 1000, message = "{validation.length}")
    private String impactReason;

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

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReferenceLink() {
        return referenceLink;
    }

    public void setReferenceLink(String referenceLink) {
        this.referenceLink = referenceLink;
    }

    public String getImpactReason() {
        return impactReason;
    }

    public void setImpactReason(String impactReason) {
        this.impactReason = impactReason;
    }
}
