package org.cadreportal.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** An assessment group (考核类别) of a plan; its units are in assessment_group_units. */
@Entity
@Table(name = "assessment_groups")
@Audited
public class AssessmentGroup extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_groups_seq")
    @SequenceGenerator(name = "assessment_groups_seq", sequenceName = "assessment_groups_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(nullable = false, length = 20)
    private String code;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(nullable = false)
    private BigDecimal total;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected AssessmentGroup() {
    }

    public AssessmentGroup(long planId, String code, String name, BigDecimal total, int sortOrder) {
        this.planId = planId;
        this.code = code;
        this.name = name;
        this.total = total;
        this.sortOrder = sortOrder;
    }

    /** The office's change of a draft plan's group (the plan checks it is still a draft). */
    public void update(String code, String name, BigDecimal total) {
        this.code = code;
        this.name = name;
        this.total = total;
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

    public BigDecimal getTotal() {
        return total;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
