package org.cadreportal.inspection.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import lombok.Getter;
import org.cadreportal.inspection.Recommendation;

/** A cadre seen at an inspection, with the inspectors' recommendation: one person-time. */
@Embeddable
@Getter
public class InspectionCadre {

    private long cadreId;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    protected InspectionCadre() {
    }

    public InspectionCadre(long cadreId, Recommendation recommendation) {
        this.cadreId = cadreId;
        this.recommendation = recommendation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InspectionCadre other && other.cadreId == cadreId
                && other.recommendation == recommendation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cadreId, recommendation);
    }
}
