package org.cadreportal.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** A dimension of one year's indicator tree. */
@Entity
@Table(name = "assessment_dimensions")
@Audited
public class Dimension extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_dimensions_seq")
    @SequenceGenerator(name = "assessment_dimensions_seq", sequenceName = "assessment_dimensions_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Dimension() {
    }

    public Dimension(long planId, String code, String name, int sortOrder) {
        this.planId = planId;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
