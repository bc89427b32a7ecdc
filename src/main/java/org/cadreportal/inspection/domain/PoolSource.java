package org.cadreportal.inspection.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import lombok.Getter;
import org.cadreportal.inspection.Recommendation;

/** A frontline recommendation that put a cadre in the reserve pool: the inspection, its day, why. */
@Embeddable
@Getter
public class PoolSource {

    private long inspectionId;

    private LocalDate inspectedOn;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    private String reason;

    protected PoolSource() {
    }

    public PoolSource(long inspectionId, LocalDate inspectedOn, Recommendation recommendation, String reason) {
        this.inspectionId = inspectionId;
        this.inspectedOn = inspectedOn;
        this.recommendation = recommendation;
        this.reason = reason;
    }

    /** One source per inspection: an inspection sees a cadre once. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PoolSource other && other.inspectionId == inspectionId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(inspectionId);
    }
}
