package org.cadreportal.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
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
@Getter
public class CareerRecord extends VersionedEntity {

    private long cadreId;

    private LocalDate startDate;

    private LocalDate endDate;

    private String unitName;

    private String postTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "cadre_rank", nullable = false, length = 20)
    private CadreRank rank;

    /** Why this entry began, when a procedure (an adjustment case) rather than an edit began it. */
    private String note;

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
}
