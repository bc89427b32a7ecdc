package org.cadreportal.inspection.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ReservePoolRepository extends JpaRepository<ReservePoolEntry, Long>,
        JpaSpecificationExecutor<ReservePoolEntry> {

    @EntityGraph(attributePaths = {"cadre", "cadre.unit"})
    @Query("select e from ReservePoolEntry e where e.id = :id")
    Optional<ReservePoolEntry> findWithCadreById(long id);

    @Query("select e from ReservePoolEntry e where e.openCadreId = :cadreId")
    Optional<ReservePoolEntry> findOpenOf(long cadreId);

    @Query("select e from ReservePoolEntry e where e.status = org.cadreportal.inspection.PoolStatus.OPEN")
    List<ReservePoolEntry> findAllOpen();

    @Query("select distinct e from ReservePoolEntry e join e.sources s where s.inspectionId = :inspectionId")
    List<ReservePoolEntry> findWithSourceFrom(long inspectionId);

    Optional<ReservePoolEntry> findByCaseId(Long caseId);
}
