package org.cadreportal.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.AnnualGrade;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A proposal to record a 记功奖励 for an 优秀 年度考核 grade. One open proposal per cadre and year
 * ({@code openCadreId} is the cadre's id while open, null once closed). A clerk closes it by recording the
 * award or by dismissing it with a reason; a grade changed away from 优秀 withdraws it.
 */
@Entity
@Table(name = "award_proposals")
@Audited
public class AwardProposal extends VersionedEntity {

    public enum Status { OPEN, AWARDED, DISMISSED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_proposals_seq")
    @SequenceGenerator(name = "award_proposals_seq", sequenceName = "award_proposals_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cadre_id", nullable = false)
    private long cadreId;

    @Column(name = "open_cadre_id")
    private Long openCadreId;

    @Column(name = "cadre_name", nullable = false, length = 64)
    private String cadreName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UnitView unit;

    @Column(name = "grade_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private AnnualGrade grade;

    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(length = 1000)
    private String reason;

    @Column(name = "award_id")
    private Long awardId;

    protected AwardProposal() {
    }

    public AwardProposal(long cadreId, String cadreName, UnitView unit, int year, LocalDateTime raisedAt) {
        this.cadreId = cadreId;
        this.openCadreId = cadreId;
        this.cadreName = cadreName;
        this.unit = unit;
        this.year = year;
        this.grade = AnnualGrade.EXCELLENT;
        this.raisedAt = raisedAt;
    }

    public void awarded(long awardId, String actor, LocalDateTime now) {
        close(Status.AWARDED, actor, now);
        this.awardId = awardId;
    }

    public void dismiss(String reason, String actor, LocalDateTime now) {
        close(Status.DISMISSED, actor, now);
        this.reason = reason;
    }

    /** The grade it stood on is no longer 优秀: nothing is left to decide. */
    public void withdraw(String actor, LocalDateTime now) {
        close(Status.WITHDRAWN, actor, now);
    }

    private void close(Status to, String actor, LocalDateTime now) {
        if (status != Status.OPEN) {
            throw new PortalException("award.proposal.error.closed");
        }
        status = to;
        openCadreId = null;
        closedBy = actor;
        closedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getCadreId() {
        return cadreId;
    }

    public String getCadreName() {
        return cadreName;
    }

    public UnitView getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public AnnualGrade getGrade() {
        return grade;
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }

    public Status getStatus() {
        return status;
    }
}
