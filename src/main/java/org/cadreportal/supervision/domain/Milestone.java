package org.cadreportal.supervision.domain;

import jakarta.persistence.*;
import java.time.LocalDate;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.supervision.Light;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A milestone (节点) of an item: due date, planned progress, when it was reached, its light. */
@Entity
@Table(name = "milestones")
@Audited
public class Milestone extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private SupervisionItem item;

    @Getter private String name;

    @Getter private LocalDate dueDate;

    @Getter private int plannedProgress;

    @Getter private LocalDate doneOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Light light = Light.GREEN;

    protected Milestone() {
    }

    Milestone(SupervisionItem item, String name, LocalDate dueDate, int plannedProgress) {
        this.item = item;
        this.name = name;
        this.dueDate = dueDate;
        this.plannedProgress = plannedProgress;
    }

    /**
     * Notes the day the plan was reached and the light now. A report that corrects progress below the
     * plan takes the reached day back.
     */
    void judge(int actualProgress, Light now, LocalDate today) {
        if (actualProgress < plannedProgress) {
            doneOn = null;
        } else if (doneOn == null) {
            doneOn = today;
        }
        light = now;
    }
}
