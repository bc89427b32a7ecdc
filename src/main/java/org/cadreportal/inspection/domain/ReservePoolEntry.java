package org.cadreportal.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.cadreportal.inspection.PoolStatus;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A cadre in the reserve pool (后备干部 / 优秀年轻干部库). One open entry per cadre: each further frontline
 * recommendation is a source of the same entry, so the pool lists a person once with every reason he is
 * there. A 上 case opened from the entry is noted on it; when the committee decides it as a promotion the
 * entry is used (and leaves the open pool; a later recommendation starts a new entry), when it rejects
 * it the entry is free for another case.
 */
@Entity
@Table(name = "reserve_pool")
@Audited
public class ReservePoolEntry extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @Getter private ReadOnlyCadre cadre;

    /** The cadre's id while the entry is open, null once used: the unique key of "one open entry per cadre". */
    private Long openCadreId;

    @Getter private LocalDate addedOn;

    @Enumerated(EnumType.STRING)
    @Getter private PoolStatus status = PoolStatus.OPEN;

    @Getter private Long caseId;

    @Getter private String caseNo;

    @Getter private LocalDate usedOn;

    /**
     * Not audited: each source is a copy of an audited inspection's recommendation (which keeps its own
     * history), added or withdrawn only when that inspection is recorded or edited.
     */
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "reserve_pool_sources", joinColumns = @JoinColumn(name = "entry_id"))
    private Set<PoolSource> sources = new HashSet<>();

    protected ReservePoolEntry() {
    }

    public ReservePoolEntry(ReadOnlyCadre cadre, PoolSource first) {
        this.cadre = cadre;
        this.openCadreId = cadre.getId();
        this.addedOn = first.getInspectedOn();
        sources.add(first);
    }

    /** A further recommendation; the entry dates from its earliest. Nothing changes on a used entry. */
    public boolean add(PoolSource source) {
        if (status != PoolStatus.OPEN || !sources.add(source)) {
            return false;
        }
        if (source.getInspectedOn().isBefore(addedOn)) {
            addedOn = source.getInspectedOn();
        }
        return true;
    }

    /** An inspection edited so that it no longer recommends the cadre; true when no source is left. */
    public boolean withdraw(long inspectionId) {
        if (status == PoolStatus.OPEN && sources.removeIf(s -> s.getInspectionId() == inspectionId)) {
            sources.stream().map(PoolSource::getInspectedOn).min(Comparator.naturalOrder()).ifPresent(d -> addedOn = d);
        }
        return sources.isEmpty();
    }

    /** A 上 case opened from the entry; refused while another is under way or once the entry is used. */
    public void caseOpened(long id, String number) {
        if (status != PoolStatus.OPEN || caseId != null) {
            throw new PortalException("pool.error.caseUnderWay");
        }
        caseId = id;
        caseNo = number;
    }

    /** The committee decided the case: a promotion uses the entry, a rejection frees it for another case. */
    public void decided(boolean promoted, LocalDate on) {
        if (status != PoolStatus.OPEN) {
            return;
        }
        if (promoted) {
            status = PoolStatus.USED;
            usedOn = on;
            openCadreId = null;
        } else {
            caseId = null;
            caseNo = null;
        }
    }

    /**
     * The case was terminated: whatever it was for does not happen, so the cadre is in the pool again,
     * free for another case. {@code stillOpenElsewhere}: a later recommendation opened a new entry meanwhile,
     * which then stands alone.
     */
    public void caseTerminated(boolean stillOpenElsewhere) {
        if (status == PoolStatus.USED && stillOpenElsewhere) {
            return;
        }
        status = PoolStatus.OPEN;
        openCadreId = cadre.getId();
        usedOn = null;
        caseId = null;
        caseNo = null;
    }

    /** Newest first. */
    public List<PoolSource> getSources() {
        return sources.stream().sorted(Comparator.comparing(PoolSource::getInspectedOn).reversed()
                .thenComparing(Comparator.comparingLong(PoolSource::getInspectionId).reversed())).toList();
    }
}
