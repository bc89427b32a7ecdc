package org.cadreportal.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A dimension of one year's indicator tree. */
@Entity
@Table(name = "assessment_dimensions")
@Audited
public class Dimension extends PlanPart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_dimensions_seq")
    @SequenceGenerator(name = "assessment_dimensions_seq", sequenceName = "assessment_dimensions_seq", allocationSize = 50)
    private Long id;

    protected Dimension() {
    }

    public Dimension(long planId, String code, String name, int sortOrder) {
        super(planId, code, name, sortOrder);
    }

    @Override
    public Long getId() {
        return id;
    }
}
