package org.cadreportal.supervision.domain;

import org.cadreportal.supervision.ItemType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypeMethodRepository extends JpaRepository<TypeMethod, ItemType> {
}
