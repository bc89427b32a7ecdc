package org.cadreportal.accusation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccusationUnitRepository extends JpaRepository<AccusationUnit, Long> {
}
