package org.cadreportal.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A feature's read-only view of a unit: its name for lists and its materialised path, so the data scope
 * is matched in the same SQL as the feature's records. Each feature maps its own entity on the units
 * table (the org module owns the rows) by extending this, naming it for itself.
 */
@MappedSuperclass
public abstract class UnitView {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String path;

    protected UnitView() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }
}
