package org.cadreportal.adjustment.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseUnitRepository extends JpaRepository<CaseUnit, Long> {
}
