package org.cadreportal.assessment.domain;

import jakarta.persistence.MappedSuperclass;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A coded, named part of one year's plan, listed in the office's order: a dimension or an indicator of its
 * library, an assessment group of its units. Each plan has its own copy, so last year's stays as it was scored.
 */
@MappedSuperclass
@Audited
@Getter
public abstract class PlanPart extends VersionedEntity {

    private long planId;

    private String code;

    private String name;

    private int sortOrder;

    protected PlanPart() {
    }

    protected PlanPart(long planId, String code, String name, int sortOrder) {
        this.planId = planId;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    protected void rename(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
