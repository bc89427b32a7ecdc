package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemCadreRepository extends JpaRepository<ItemCadre, Long> {
}
