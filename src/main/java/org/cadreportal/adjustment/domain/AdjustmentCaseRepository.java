package org.cadreportal.adjustment.domain;

import java.util.List;
import java.util.Optional;
import org.cadreportal.workflow.CaseRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface AdjustmentCaseRepository extends CaseRepository<AdjustmentCase> {

    @EntityGraph(attributePaths = {"unit", "method"})
    @Query("select c from AdjustmentCase c where c.id = :id")
    Optional<AdjustmentCase> findWithUnitById(long id);

    @EntityGraph(attributePaths = {"unit"})
    @Query("select c from AdjustmentCase c where c.cadreId = :cadreId and c.unit.path like :scope% order by c.id desc")
    List<AdjustmentCase> findByCadre(long cadreId, String scope);

    /** The cadre's open cases of one direction (at most one, as opening a second is refused). */
    @Query("""
            select c from AdjustmentCase c where c.cadreId = :cadreId and c.direction = :direction
            and c.progress.status = org.cadreportal.workflow.CaseStatus.OPEN order by c.id""")
    List<AdjustmentCase> findOpen(long cadreId, org.cadreportal.adjustment.Direction direction);

    /** The cadre's "down" cases whose impact period has not ended by {@code day}, with their situations. */
    @EntityGraph(attributePaths = {"situations"})
    @Query("""
            select c from AdjustmentCase c where c.cadreId = :cadreId and c.direction = org.cadreportal.adjustment.Direction.DOWN
            and c.impactUntil >= :day order by c.impactUntil desc""")
    List<AdjustmentCase> findInImpact(long cadreId, java.time.LocalDate day);
}
