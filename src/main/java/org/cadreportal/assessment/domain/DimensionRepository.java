package org.cadreportal.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DimensionRepository extends JpaRepository<Dimension, Long> {

    List<Dimension> findByPlanIdOrderBySortOrder(long planId);

    boolean existsByPlanIdAndCode(long planId, String code);
}
