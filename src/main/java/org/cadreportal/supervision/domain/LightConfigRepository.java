package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LightConfigRepository extends JpaRepository<LightConfig, Long> {
}
