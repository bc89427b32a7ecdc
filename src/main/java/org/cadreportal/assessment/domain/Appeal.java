package org.cadreportal.assessment.domain;

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

    @Getter private long planId;
    @Getter private long unitId;
    @Getter private long indicatorId;
    private String reason;
    private String evidence;
    private String filedBy;
    private LocalDateTime filedAt;
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private AppealStatus status = AppealStatus.OPEN;

    private String decisionReason;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private BigDecimal correctedActual;
    private BigDecimal correctedPrevious;
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
