package org.cadreportal.accusation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.envers.Audited;

/** A cadre a report accuses, with the unit and post they held when it came in. */
@Entity
@Table(name = "accused_cadres")
@Audited
@Getter
public class AccusedCadre extends NumberedPart {

    private long cadreId;

    private String cadreName;

    private long unitId;

    private String postTitle;

    protected AccusedCadre() {
    }

    AccusedCadre(AccusationCase accusationCase, int ordinal, long cadreId, String cadreName, long unitId,
                 String postTitle) {
        super(accusationCase, ordinal);
        this.cadreId = cadreId;
        this.cadreName = cadreName;
        this.unitId = unitId;
        this.postTitle = postTitle;
    }
}
