package org.cadreportal.accusation.domain;

import jakarta.persistence.MappedSuperclass;
import lombok.Getter;
import org.hibernate.envers.Audited;

/** A part the report lists in order (accused cadre 1, 2 …; allegation 1, 2 …), shown and printed by its number. */
@MappedSuperclass
@Audited
public abstract class NumberedPart extends CasePart {

    @Getter private int ordinal;

    protected NumberedPart() {
    }

    NumberedPart(AccusationCase accusationCase, int ordinal) {
        super(accusationCase);
        this.ordinal = ordinal;
    }
}
