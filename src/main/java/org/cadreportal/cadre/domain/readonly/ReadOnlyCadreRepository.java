package org.cadreportal.cadre.domain.readonly;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadOnlyCadreRepository extends JpaRepository<ReadOnlyCadre, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<ReadOnlyCadre> findWithUnitById(Long id);
}
