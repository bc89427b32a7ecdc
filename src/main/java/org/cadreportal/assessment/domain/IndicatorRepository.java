package org.cadreportal.assessment.domain;

import java.util.Collection;
import java.util.List;
import org.cadreportal.assessment.DataSource;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByPlanIdOrderBySortOrder(long planId);

    long countByPlanId(long planId);

    @Query("select i from Indicator i where i.planId = :planId and i.source in :sources order by i.sortOrder")
    List<Indicator> findEnteredByPlan(long planId, Collection<DataSource> sources);

    /** A scoring unit's own indicators, chosen in the query so nobody else's leave the database. */
    @Query("select i from Indicator i where i.planId = :planId and i.source in :sources"
            + " and i.scoringUnitId = :unitId order by i.sortOrder")
    List<Indicator> findEnteredByScoringUnit(long planId, Collection<DataSource> sources, long unitId);

    boolean existsByPlanIdAndCode(long planId, String code);
}
