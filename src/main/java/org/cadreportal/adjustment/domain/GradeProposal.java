package org.cadreportal.adjustment.domain;

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
 * A proposal to start a 下 for a poor 年度考核 grade. One open proposal per cadre ({@code openCadreId} is the
 * cadre's id while open, null once closed); a clerk closes it by opening the case or by dismissing it.
 */
@Entity
@Table(name = "grade_proposals")
@Audited
public class GradeProposal extends VersionedEntity {

    public enum Status { OPEN, CASE_OPENED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_proposals_seq")
    @SequenceGenerator(name = "grade_proposals_seq", sequenceName = "grade_proposals_seq", allocationSize = 50)
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

    @Column(name = "case_id")
    private Long caseId;

    protected GradeProposal() {
    }

    public GradeProposal(long cadreId, String cadreName, UnitView unit, int year, AnnualGrade grade,
                         LocalDateTime raisedAt) {
        this.cadreId = cadreId;
        this.openCadreId = cadreId;
        this.cadreName = cadreName;
        this.unit = unit;
        this.year = year;
        this.grade = grade;
        this.raisedAt = raisedAt;
    }

    public void caseOpened(long caseId, String actor, LocalDateTime now) {
        close(Status.CASE_OPENED, actor, now);
        this.caseId = caseId;
    }

    public void dismiss(String reason, String actor, LocalDateTime now) {
        close(Status.DISMISSED, actor, now);
        this.reason = reason;
    }

    private void close(Status to, String actor, LocalDateTime now) {
        if (status != Status.OPEN) {
            throw new PortalException("adjustment.proposal.error.closed");
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

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getReason() {
        return reason;
    }

    public Long getCaseId() {
        return caseId;
    }
}
