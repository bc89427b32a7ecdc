package org.cadreportal.tolerance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The unit an application or discipline record belongs to (the cadre's unit when it was registered),
 * read-only: its name for lists and its path, so the data scope is matched in the same query.
 */
@Entity(name = "ToleranceUnit")
@Immutable
@Table(name = "units")
public class ToleranceUnit {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String path;

    protected ToleranceUnit() {
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
