package org.cadreportal.adjustment.domain;

import jakarta.persistence.Embeddable;
import lombok.Getter;

/**
 * Where a case came from: {@code reference}, a stored text naming the record (e.g. a frontline
 * recommendation from the reserve pool), and {@code referenceLink}, that record's route; and, for a 上
 * case opened while the cadre is inside the impact period of a 下, the reason recorded for it.
 */
@Embeddable
@Getter
public class CaseOrigin {

    private String reference;

    private String referenceLink;

    private String impactReason;

    protected CaseOrigin() {
    }

    public CaseOrigin(String reference, String referenceLink, String impactReason) {
        this.reference = reference;
        this.referenceLink = referenceLink;
        this.impactReason = impactReason;
    }
}
