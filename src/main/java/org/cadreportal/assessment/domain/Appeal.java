package org.cadreportal.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.assessment.AppealStatus;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A unit's 申诉 against one indicator of its result during 公示, and the 考核办's decision on it. */
@Entity
@Table(name = "assessment_appeals")
@Audited
public class Appeal extends VersionedEntity {

    @Column(name = "plan_id", nullable = false)
    @Getter private long planId;
    @Column(name = "unit_id", nullable = false)
    @Getter private long unitId;
    @Column(name = "indicator_id", nullable = false)
    @Getter private long indicatorId;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(length = 2000)
    private String evidence;
    @Column(name = "filed_by", nullable = false, length = 64)
    private String filedBy;
    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    @Getter private AppealStatus status = AppealStatus.OPEN;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Column(name = "corrected_actual")
    private BigDecimal correctedActual;
    @Column(name = "corrected_previous")
    private BigDecimal correctedPrevious;
    @Column(name = "corrected_target")
    private BigDecimal correctedTarget;

    protected Appeal() {
    }

    public Appeal(long planId, long unitId, long indicatorId, String reason, String evidence, LocalDate receivedOn,
                  String by, LocalDateTime at) {
        this.planId = planId;
        this.unitId = unitId;
        this.indicatorId = indicatorId;
        this.reason = reason;
        this.evidence = evidence;
        this.receivedOn = receivedOn;
        this.filedBy = by;
        this.filedAt = at;
    }

    public void accept(String why, BigDecimal actual, BigDecimal previous, BigDecimal target, String by,
                       LocalDateTime at) {
        decide(AppealStatus.ACCEPTED, why, by, at);
        correctedActual = actual;
        correctedPrevious = previous;
        correctedTarget = target;
    }

    public void reject(String why, String by, LocalDateTime at) {
        decide(AppealStatus.REJECTED, why, by, at);
    }

    private void decide(AppealStatus outcome, String why, String by, LocalDateTime at) {
        if (status != AppealStatus.OPEN) {
            throw new PortalException("assessment.error.appealDecided");
        }
        status = outcome;
        decisionReason = why;
        decidedBy = by;
        decidedAt = at;
    }
}
