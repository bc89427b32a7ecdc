package org.cadreportal.workflow;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * What every case type's repository gives the kernel beside the save: the case locked for a move. Each case type's
 * repository extends it with its own finders (the case with what its page fetches beside the unit, its lists).
 */
@NoRepositoryBean
public interface CaseRepository<C extends WorkflowCase> extends JpaRepository<C, Long>, JpaSpecificationExecutor<C> {

    /**
     * Serialises moves on one case (and a 能上能下 case's votes): the second actor waits, then sees the first one's
     * change.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from #{#entityName} c where c.id = :id")
    Optional<C> findForUpdate(long id);
}
