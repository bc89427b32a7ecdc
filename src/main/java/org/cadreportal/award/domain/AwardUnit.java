package org.cadreportal.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A record's unit, read-only: its name for lists and its path, so the data scope is matched in SQL. */
@Entity(name = "AwardUnit")
@Immutable
@Table(name = "units")
public class AwardUnit {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String path;

    protected AwardUnit() {
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
