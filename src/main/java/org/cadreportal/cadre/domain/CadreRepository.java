package org.cadreportal.cadre.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CadreRepository extends JpaRepository<Cadre, Long>, JpaSpecificationExecutor<Cadre> {

    @EntityGraph(attributePaths = "unit")
    Optional<Cadre> findWithUnitById(Long id);

    /**
     * Locks the cadre row first, so concurrent saves queue on it instead of deadlocking on the career
     * rows' foreign key; the later one then sees the new version and is refused as stale.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cadre c where c.id = :id")
    Optional<Cadre> findForUpdate(Long id);

    @EntityGraph(attributePaths = "unit")
    List<Cadre> findByCodeIn(Collection<String> codes);

    boolean existsByCode(String code);

    boolean existsByProfileIdNumberAndIdNot(String idNumber, Long id);

    boolean existsByProfileIdNumber(String idNumber);

    @EntityGraph(attributePaths = "unit")
    Optional<Cadre> findByProfileIdNumber(String idNumber);

    /** (id, mobile) of those of these cadres that have a number. */
    @Query("select c.id, c.mobile from Cadre c where c.id in :ids and c.mobile is not null")
    List<Object[]> mobilesOf(Collection<Long> ids);
}
