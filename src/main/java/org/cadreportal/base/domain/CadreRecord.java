package org.cadreportal.base.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import lombok.Getter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A record clerks keep of something decided about one cadre (a 记功奖励, a discipline): the cadre's name,
 * unit and post as they were when it was recorded, who recorded it, and who acted on it last, when. Every
 * change notes its actor, and so moves the version: two clerks never overwrite each other unseen.
 */
@MappedSuperclass
@Audited
@Getter
public abstract class CadreRecord extends VersionedEntity {

    private long cadreId;

    private String cadreName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UnitView unit;

    private String postTitle;

    private String recordedBy;

    private String lastActor;

    private LocalDateTime lastActedAt;

    protected CadreRecord() {
    }

    /** Called once, by the subclass's constructor: who records it, and so acts on it first. */
    protected void recordedBy(String actor, LocalDateTime now) {
        recordedBy = actor;
        touch(actor, now);
    }

    /** The cadre the record is about, as he stands now. */
    protected void about(long cadreId, String cadreName, UnitView unit, String postTitle) {
        this.cadreId = cadreId;
        this.cadreName = cadreName;
        this.unit = unit;
        this.postTitle = postTitle;
    }

    protected void touch(String actor, LocalDateTime now) {
        lastActor = actor;
        lastActedAt = now;
    }
}
