package org.cadreportal.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * What a proposal raised for a cadre by a 年度考核 grade keeps whatever it proposes (a 下 case, a 记功): the
 * cadre and his unit when raised, the year, when it was raised, and who closed it, when, and why. While open,
 * {@code openCadreId} is the cadre's id, null once closed, so that a unique key on it allows one open
 * proposal and any number of closed ones. The subclass keeps its status and what closing produced.
 */
@MappedSuperclass
@Audited
public abstract class CadreProposal extends VersionedEntity {

    @Getter private long cadreId;

    private Long openCadreId;

    @Getter private String cadreName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @Getter private UnitView unit;

    @Column(name = "grade_year", nullable = false)
    @Getter private int year;

    @Getter private LocalDateTime raisedAt;

    @Getter private String closedBy;

    @Getter private LocalDateTime closedAt;

    @Getter private String reason;

    protected CadreProposal() {
    }

    protected CadreProposal(long cadreId, String cadreName, UnitView unit, int year, LocalDateTime raisedAt) {
        this.cadreId = cadreId;
        this.openCadreId = cadreId;
        this.cadreName = cadreName;
        this.unit = unit;
        this.year = year;
        this.raisedAt = raisedAt;
    }

    /**
     * The reason a clerk gives for dismissing a proposal, trimmed: refused when blank or over 1000 characters.
     * Checked before the proposal is loaded, so a missing reason is reported even on a stale proposal.
     */
    public static String dismissalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "validation.required");
        }
        if (reason.strip().length() > 1000) {
            throw new FieldException("reason", "validation.length");
        }
        return reason.strip();
    }

    /** Closes the proposal without acting on it, keeping the clerk's reason; refused when it is closed already. */
    public abstract void dismiss(String reason, String actor, LocalDateTime now);

    /**
     * Closes the proposal; the subclass then sets its new status. Refused with {@code refusalKey} when the
     * subclass's status says it is closed already.
     */
    protected void close(boolean open, String refusalKey, String actor, LocalDateTime now, String reason) {
        if (!open) {
            throw new PortalException(refusalKey);
        }
        openCadreId = null;
        closedBy = actor;
        closedAt = now;
        this.reason = reason;
    }
}
