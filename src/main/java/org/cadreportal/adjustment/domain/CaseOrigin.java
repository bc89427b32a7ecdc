package org.cadreportal.adjustment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.Getter;

/**
 * Where a case came from: {@code reference}, a stored text naming the record (e.g. a frontline
 * recommendation from the reserve pool), and {@code referenceLink}, that record's route; and, for a 上
 * case opened while the cadre is inside the impact period of a 下, the reason recorded for it.
 */
@Embeddable
public class CaseOrigin {

    @Column(length = 300)
    @Getter private String reference;

    @Column(name = "reference_link", length = 100)
    @Getter private String referenceLink;

    @Column(name = "impact_reason", length = 1000)
    @Getter private String impactReason;

    protected CaseOrigin() {
    }

    public CaseOrigin(String reference, String referenceLink, String impactReason) {
        this.reference = reference;
        this.referenceLink = referenceLink;
        this.impactReason = impactReason;
    }
}
