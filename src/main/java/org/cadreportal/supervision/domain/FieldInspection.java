package org.cadreportal.supervision.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * 暗访督导: an unannounced inspection by a team on one day, the items it visited and the problems it found at
 * each. A record of what happened: written once, never edited.
 */
@Entity
@Table(name = "field_inspections")
@Audited
public class FieldInspection extends VersionedEntity {

    @Getter private LocalDate inspectedOn;

    @Getter private String team;

    @Getter private String summary;

    private String recordedBy;

    @Getter private String recordedByName;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Getter private List<InspectionVisit> visits = new ArrayList<>();

    protected FieldInspection() {
    }

    public FieldInspection(LocalDate inspectedOn, String team, String summary, String recordedBy,
                           String recordedByName) {
        this.inspectedOn = inspectedOn;
        this.team = team;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName;
    }

    public InspectionVisit visit(SupervisionItem item) {
        InspectionVisit v = new InspectionVisit(this, item.getId());
        visits.add(v);
        return v;
    }
}
