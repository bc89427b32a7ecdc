package org.cadreportal.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.Immutable;

/**
 * A cadre as the inspections see them, read-only: the name shown beside a recommendation and the unit
 * that decides whether the cadre is in the recorder's scope. The registry owns and changes the table.
 */
@Entity(name = "SeenCadre")
@Immutable
@Table(name = "cadres")
public class SeenCadre {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(name = "post_title", insertable = false, updatable = false)
    private String postTitle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private UnitView unit;

    protected SeenCadre() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPostTitle() {
        return postTitle;
    }

    public UnitView getUnit() {
        return unit;
    }
}
