package org.cadreportal.adjustment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The unit a case belongs to (the cadre's unit when it was opened), read-only: its name for lists and
 * its path, so the data scope is matched in the same query as the cases.
 */
@Entity(name = "CaseUnit")
@Immutable
@Table(name = "units")
public class CaseUnit {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String path;

    protected CaseUnit() {
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
