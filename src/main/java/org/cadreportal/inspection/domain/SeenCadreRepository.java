package org.cadreportal.inspection.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeenCadreRepository extends JpaRepository<SeenCadre, Long> {
}
