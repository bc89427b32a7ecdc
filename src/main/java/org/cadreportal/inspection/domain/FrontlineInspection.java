package org.cadreportal.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** 一线考察识别: an inspection at the front line of a unit, and the cadres it saw. */
@Entity
@Table(name = "frontline_inspections")
@Audited
public class FrontlineInspection extends VersionedEntity {

    @Getter private LocalDate inspectedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @Getter private UnitView unit;

    @Getter private long typeId;

    @Getter private String inspectors;

    @Getter private String finding;

    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "inspection_cadres", joinColumns = @JoinColumn(name = "inspection_id"))
    @Getter private Set<InspectionCadre> cadres = new HashSet<>();

    protected FrontlineInspection() {
    }

    public FrontlineInspection(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public void record(LocalDate on, UnitView where, long type, String by, String found, Set<InspectionCadre> seen) {
        inspectedOn = on;
        unit = where;
        typeId = type;
        inspectors = by.strip();
        finding = found.strip();
        cadres.clear();
        cadres.addAll(seen);
    }
}
