package org.cadreportal.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreStatus;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A filer as the archive sees them, read-only: name, unit, post, the category a period asks for and
 * whether they are still in office. The registry owns and changes the table.
 */
@Entity(name = "ArchiveCadre")
@Immutable
@Table(name = "cadres")
public class ArchiveCadre {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private UnitView unit;

    @Column(name = "post_title", insertable = false, updatable = false)
    private String postTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(insertable = false, updatable = false)
    private CadreCategory category;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(insertable = false, updatable = false)
    private CadreStatus status;

    protected ArchiveCadre() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UnitView getUnit() {
        return unit;
    }

    public String getPostTitle() {
        return postTitle;
    }

    public CadreCategory getCategory() {
        return category;
    }

    public CadreStatus getStatus() {
        return status;
    }
}
