package org.cadreportal.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.annotations.Immutable;

/**
 * Every feature's read-only view of a unit: its code and name for lists and imports, and its materialised
 * path, so the data scope is matched in the same SQL as the feature's records. One mapping for all of them
 * (the org module owns and changes the rows through its own entity); features join to it, none writes it.
 */
@Entity
@Immutable
@Table(name = "units")
@Getter
public class UnitView {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String code;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String path;

    @Column(insertable = false, updatable = false)
    private boolean active;

    protected UnitView() {
    }

    /** Whether this unit lies in the subtree whose path is given (paths end in '/', so /1/1 is not /1/11/). */
    public boolean isWithin(String subtreePath) {
        return path.startsWith(subtreePath);
    }

    @Override
    public String toString() {
        return name;
    }
}
