package org.cadreportal.assessment.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentPlanRepository extends JpaRepository<AssessmentPlan, Long> {

    List<AssessmentPlan> findAllByOrderByYearDesc();

    boolean existsByYear(int year);

    /** Serialises the changes and calculations of one plan. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AssessmentPlan p where p.id = :id")
    Optional<AssessmentPlan> findForUpdate(long id);
}
