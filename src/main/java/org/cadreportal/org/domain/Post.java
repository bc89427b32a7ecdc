package org.cadreportal.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** A post (职位) of a unit, e.g. 县委书记 or 局长. */
@Entity
@Table(name = "posts")
@Audited
@Getter
public class Post extends VersionedEntity {

    private long unitId;

    private String name;

    @Column(name = "leader_post", nullable = false)
    private boolean leader;

    private boolean active = true;

    protected Post() {
    }

    public Post(long unitId, String name, boolean leader) {
        this.unitId = unitId;
        this.name = name;
        this.leader = leader;
    }

    public void retire() {
        active = false;
    }
}
