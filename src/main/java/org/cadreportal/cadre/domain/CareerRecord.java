package org.cadreportal.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.CadreRank;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One stretch of a cadre's career: a unit, a post and a rank from a date. The unit's name is copied
 * in, because a career entry must read the same after a unit is renamed or retired.
 */
@Entity
@Table(name = "career_records")
@Audited
public class CareerRecord extends VersionedEntity {

    @Column(name = "cadre_id", nullable = false)
    private long cadreId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "unit_name", nullable = false, length = 100)
    private String unitName;

    @Column(name = "post_title", nullable = false, length = 100)
    private String postTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "cadre_rank", nullable = false, length = 20)
    private CadreRank rank;

    /** Why this entry began, when a procedure (an adjustment case) rather than an edit began it. */
    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "impact_until")
    private LocalDate impactUntil;

    protected CareerRecord() {
    }

    public CareerRecord(long cadreId, LocalDate startDate, String unitName, String postTitle, CadreRank rank) {
        this.cadreId = cadreId;
        this.startDate = startDate;
        this.unitName = unitName;
        this.postTitle = postTitle;
        this.rank = rank;
    }

    /** Marks the entry as the outcome of a case; a "down" case also sets the end of its impact period. */
    public void noteCause(String note, LocalDate impactUntil) {
        this.note = note;
        this.impactUntil = impactUntil;
    }

    public void end(LocalDate on) {
        this.endDate = on;
    }

    public long getCadreId() {
        return cadreId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getPostTitle() {
        return postTitle;
    }

    public CadreRank getRank() {
        return rank;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getImpactUntil() {
        return impactUntil;
    }
}
