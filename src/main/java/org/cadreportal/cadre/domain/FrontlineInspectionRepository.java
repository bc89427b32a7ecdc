package org.cadreportal.cadre.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface FrontlineInspectionRepository extends JpaRepository<FrontlineInspection, Long>,
        JpaSpecificationExecutor<FrontlineInspection> {

    @Query("select i from FrontlineInspection i join fetch i.unit where i.id = :id")
    Optional<FrontlineInspection> findWithUnitById(Long id);
}
