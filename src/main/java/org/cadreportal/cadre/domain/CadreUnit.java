package org.cadreportal.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The registry's read-only view of a unit: enough to show its name and to match a data scope by path
 * in the same query as the cadres. The organisation feature owns and changes the table.
 */
@Entity
@Immutable
@Table(name = "units")
public class CadreUnit {

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

    protected CadreUnit() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isWithin(String scopePath) {
        return path.startsWith(scopePath);
    }

    @Override
    public String toString() {
        return name;
    }
}
