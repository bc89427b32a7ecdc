package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The supervision view of a unit: its name, and its path for the data scope. */
@Entity(name = "ItemUnit")
@Immutable
@Table(name = "units")
public class ItemUnit {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String path;

    protected ItemUnit() {
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
