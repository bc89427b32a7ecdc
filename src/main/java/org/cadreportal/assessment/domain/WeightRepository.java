package org.cadreportal.assessment.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WeightRepository extends JpaRepository<Weight, Long> {

    List<Weight> findByGroupIdIn(Collection<Long> groupIds);

    List<Weight> findByGroupId(long groupId);

    List<Weight> findByIndicatorId(long indicatorId);
}
