package org.cadreportal.assessment.domain;

import org.cadreportal.assessment.AppealStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

    boolean existsByPlanIdAndUnitIdAndIndicatorIdAndStatus(long planId, long unitId, long indicatorId,
                                                           AppealStatus status);

    long countByPlanIdAndStatus(long planId, AppealStatus status);
}
