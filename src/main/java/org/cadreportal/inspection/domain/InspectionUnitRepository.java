package org.cadreportal.inspection.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionUnitRepository extends JpaRepository<InspectionUnit, Long> {
}
