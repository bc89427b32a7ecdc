package org.cadreportal.adjustment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a case came from: {@code reference}, a stored text naming the record (e.g. a frontline
 * recommendation from the reserve pool), and {@code referenceLink}, that record's route; and, for a 上
 * case opened while the cadre is inside the impact period of a 下, the reason recorded for it.
 */
@Embeddable
public class CaseOrigin {

    @Column(length = 300)
    private String reference;

    @Column(name = "reference_link", length = 100)
    private String referenceLink;

    @Column(name = "impact_reason", length = 1000)
    private String impactReason;

    protected CaseOrigin() {
    }

    public CaseOrigin(String reference, String referenceLink, String impactReason) {
        this.reference = reference;
        this.referenceLink = referenceLink;
        this.impactReason = impactReason;
    }

    public String getReference() {
        return reference;
    }

    public String getReferenceLink() {
        return referenceLink;
    }

    public String getImpactReason() {
        return impactReason;
    }
}
