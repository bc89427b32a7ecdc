package org.cadreportal.accusation.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * A part of an accusation case (an accused cadre, an allegation, a joint meeting, a clarification): held
 * by the case, changed only through it, audited with it.
 */
@MappedSuperclass
@Audited
public abstract class CasePart extends SequencedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    @Getter private AccusationCase accusationCase;

    protected CasePart() {
    }

    CasePart(AccusationCase accusationCase) {
        this.accusationCase = accusationCase;
    }
}
