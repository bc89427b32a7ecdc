package org.cadreportal.supervision.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SupervisionItemRepository extends JpaRepository<SupervisionItem, Long>,
        JpaSpecificationExecutor<SupervisionItem> {

    @EntityGraph(attributePaths = {"leadUnit", "aspect", "milestones"})
    @Query("select i from SupervisionItem i where i.id = :id")
    Optional<SupervisionItem> findWithPlanById(long id);

    /** Serialises reports and moves on one item. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from SupervisionItem i where i.id = :id")
    Optional<SupervisionItem> findForUpdate(long id);

}
