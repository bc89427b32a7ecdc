package org.cadreportal.tolerance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ToleranceUnitRepository extends JpaRepository<ToleranceUnit, Long> {
}
