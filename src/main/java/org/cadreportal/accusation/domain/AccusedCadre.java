package org.cadreportal.accusation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A cadre a report accuses, with the unit and post they held when it came in. */
@Entity
@Table(name = "accused_cadres")
@Audited
public class AccusedCadre extends NumberedPart {

    @Column(name = "cadre_id", nullable = false)
    private long cadreId;

    @Column(name = "cadre_name", nullable = false, length = 50)
    private String cadreName;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "post_title", length = 100)
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

    public long getCadreId() {
        return cadreId;
    }

    public String getCadreName() {
        return cadreName;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getPostTitle() {
        return postTitle;
    }
}
