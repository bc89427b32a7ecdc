package org.cadreportal.accusation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.envers.Audited;

/** A cadre a report accuses, with the unit and post they held when it came in. */
@Entity
@Table(name = "accused_cadres")
@Audited
public class AccusedCadre extends NumberedPart {

    @Column(name = "cadre_id", nullable = false)
    @Getter private long cadreId;

    @Column(name = "cadre_name", nullable = false, length = 50)
    @Getter private String cadreName;

    @Column(name = "unit_id", nullable = false)
    @Getter private long unitId;

    @Column(name = "post_title", length = 100)
    @Getter private String postTitle;

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
