package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LightChangeRepository extends JpaRepository<LightChangeRecord, Long> {

    java.util.List<LightChangeRecord> findByItemIdOrderByChangedOnAscIdAsc(long itemId);

    long countByItemIdAndTo(long itemId, org.cadreportal.supervision.Light to);
}
