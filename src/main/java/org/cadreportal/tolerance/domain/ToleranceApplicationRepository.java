package org.cadreportal.tolerance.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ToleranceApplicationRepository extends JpaRepository<ToleranceApplication, Long>,
        JpaSpecificationExecutor<ToleranceApplication> {

    @EntityGraph(attributePaths = {"unit", "category"})
    @Query("select a from ToleranceApplication a where a.id = :id")
    Optional<ToleranceApplication> findWithUnitById(long id);

    /** Serialises moves on one application: the second actor waits, then sees the first one's change. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ToleranceApplication a where a.id = :id")
    Optional<ToleranceApplication> findForUpdate(long id);

    @Query(value = "select next value for tolerance_numbers_seq", nativeQuery = true)
    long nextNumber();

    /** A cadre's decided findings within a scope, newest first. */
    @EntityGraph(attributePaths = {"unit"})
    @Query("select a from ToleranceApplication a where a.cadreId = :cadreId and a.outcome is not null"
            + " and a.unit.path like :scope% order by a.decidedOn desc, a.id desc")
    List<ToleranceApplication> findDecided(long cadreId, String scope);
}
