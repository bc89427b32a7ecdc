package org.cadreportal.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardType;
import org.cadreportal.base.domain.CadreRecord;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A merit award or a public criticism of one cadre. The cadre's name, unit and post are kept as they were
 * when it was recorded. Every change notes who made it, and moves the version.
 */
@Entity
@Table(name = "award_records")
@Audited
@Getter
public class AwardRecord extends CadreRecord {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AwardKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "award_type", length = 20)
    private AwardType type;

    private LocalDate decidedOn;

    private String reason;

    private String issuedBy;

    private String documentNo;

    protected AwardRecord() {
    }

    public AwardRecord(AwardKind kind, String actor, LocalDateTime now) {
        this.kind = kind;
        recordedBy(actor, now);
    }

    /** Sets what the clerk entered (checked by the service); the kind never changes. */
    public void describe(AwardType type, long cadreId, String cadreName, UnitView unit, String postTitle,
                         LocalDate decidedOn, String reason, String issuedBy, String documentNo, String actor,
                         LocalDateTime now) {
        this.type = kind == AwardKind.AWARD ? type : null;
        about(cadreId, cadreName, unit, postTitle);
        this.decidedOn = decidedOn;
        this.reason = reason;
        this.issuedBy = issuedBy;
        this.documentNo = documentNo;
        touch(actor, now);
    }
}
