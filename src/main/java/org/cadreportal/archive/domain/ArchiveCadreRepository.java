package org.cadreportal.archive.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveCadreRepository extends JpaRepository<ArchiveCadre, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<ArchiveCadre> findWithUnitById(Long id);
}
