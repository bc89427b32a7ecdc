package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** The single row of light settings. */
@Entity
@Table(name = "light_settings")
@Audited
public class LightConfig extends VersionedEntity {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "yellow_days", nullable = false)
    private int yellowDays;

    @Column(name = "yellow_lag_points", nullable = false)
    private int lagPoints;

    protected LightConfig() {
    }

    public void change(int days, int points) {
        yellowDays = days;
        lagPoints = points;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getYellowDays() {
        return yellowDays;
    }

    public int getLagPoints() {
        return lagPoints;
    }
}
