package org.cadreportal.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentGroupRepository extends JpaRepository<AssessmentGroup, Long> {

    List<AssessmentGroup> findByPlanIdOrderBySortOrder(long planId);
}
