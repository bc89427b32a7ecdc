package org.cadreportal.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;
import org.hibernate.envers.Audited;

/** An assessment group (考核类别) of a plan; its units are in assessment_group_units. */
@Entity
@Table(name = "assessment_groups")
@Audited
public class AssessmentGroup extends PlanPart {

    @Getter private BigDecimal total;

    protected AssessmentGroup() {
    }

    public AssessmentGroup(long planId, String code, String name, BigDecimal total, int sortOrder) {
        super(planId, code, name, sortOrder);
        this.total = total;
    }

    /** The office's change of a draft plan's group (the plan checks it is still a draft). */
    public void update(String code, String name, BigDecimal total) {
        rename(code, name);
        this.total = total;
    }
}
