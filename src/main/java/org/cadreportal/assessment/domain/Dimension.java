package org.cadreportal.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A dimension of one year's indicator tree. */
@Entity
@Table(name = "assessment_dimensions")
@Audited
public class Dimension extends PlanPart {

    protected Dimension() {
    }

    public Dimension(long planId, String code, String name, int sortOrder) {
        super(planId, code, name, sortOrder);
    }

}
