package org.cadreportal.accusation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A case's unit, read-only: its name for lists and its path, so the data scope is matched in SQL. */
@Entity(name = "AccusationUnit")
@Immutable
@Table(name = "units")
public class AccusationUnit {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String path;

    protected AccusationUnit() {
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
