package org.cadreportal.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.org.UnitType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A unit of the tree. The path ("/1/7/42/") is kept in step with the parent on every move. */
@Entity
@Table(name = "units")
@Audited
@Getter
public class Unit extends VersionedEntity {

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "unit_type", nullable = false, length = 20)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    private String path;

    private int sortOrder;

    private boolean active = true;

    protected Unit() {
    }

    public Unit(Unit parent, String code, String name, UnitType type, int sortOrder) {
        this.parent = parent;
        this.code = code;
        this.name = name;
        this.type = type;
        this.sortOrder = sortOrder;
    }

    /** The path needs the id, which the sequence assigns just before this callback. */
    @PrePersist
    void initPath() {
        if (path == null) {
            this.path = (parent == null ? "/" : parent.path) + getId() + "/";
        }
    }

    /** Sets the path from the parent's; the id must be assigned (sequence ids are, on save). */
    public void placeUnder(Unit newParent) {
        if (newParent != null && path != null && newParent.isWithin(this)) {
            throw new PortalException("unit.error.moveIntoOwnSubtree");
        }
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.path) + getId() + "/";
    }

    /** Recomputes the path after an ancestor moved. */
    public void followParent() {
        this.path = parent.path + getId() + "/";
    }

    public boolean isWithin(Unit ancestor) {
        return path.startsWith(ancestor.path);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void retire() {
        this.active = false;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    @Override
    public String toString() {
        return name;
    }
}
