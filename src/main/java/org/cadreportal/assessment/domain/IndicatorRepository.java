package org.cadreportal.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByPlanIdOrderBySortOrder(long planId);

    long countByPlanId(long planId);

    boolean existsByPlanIdAndCode(long planId, String code);
}
