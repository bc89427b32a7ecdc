package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemUnitRepository extends JpaRepository<ItemUnit, Long> {
}
