package org.cadreportal.cadre.domain.readonly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreStatus;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Every other feature's read-only view of a cadre: name, unit, post, category and whether still in office. One
 * mapping for all of them, as {@link UnitView} is for units (not the cadre page, {@code cadre.ui.CadreView}): the registry owns and changes the rows through its
 * own entity, the archive and the inspections join to this one. Never locked (a row lock is a write).
 */
@Entity
@Immutable
@Table(name = "cadres")
@Getter
public class ReadOnlyCadre {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private UnitView unit;

    @Column(insertable = false, updatable = false)
    private String postTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(insertable = false, updatable = false)
    private CadreCategory category;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(insertable = false, updatable = false)
    private CadreStatus status;

    protected ReadOnlyCadre() {
    }
}
