package org.cadreportal.tolerance.domain;

import java.util.List;
import java.util.Optional;
import org.cadreportal.workflow.CaseRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface ToleranceApplicationRepository extends CaseRepository<ToleranceApplication> {

    @EntityGraph(attributePaths = {"unit", "category"})
    @Query("select a from ToleranceApplication a where a.id = :id")
    Optional<ToleranceApplication> findWithUnitById(long id);

    /** A cadre's decided findings within a scope, newest first. */
    @EntityGraph(attributePaths = {"unit"})
    @Query("select a from ToleranceApplication a where a.cadreId = :cadreId and a.outcome is not null"
            + " and a.unit.path like :scope% order by a.decidedOn desc, a.id desc")
    List<ToleranceApplication> findDecided(long cadreId, String scope);
}
