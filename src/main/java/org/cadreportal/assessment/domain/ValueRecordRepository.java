package org.cadreportal.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ValueRecordRepository extends JpaRepository<ValueRecord, Long> {

    List<ValueRecord> findByPlanId(long planId);

    Optional<ValueRecord> findByPlanIdAndIndicatorIdAndUnitId(long planId, long indicatorId, long unitId);
}
