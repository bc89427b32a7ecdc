package org.cadreportal.award.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardUnitRepository extends JpaRepository<AwardUnit, Long> {
}
