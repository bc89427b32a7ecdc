package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LightConfigRepository extends JpaRepository<LightConfig, Long> {
}
