package org.cadreportal.adjustment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SituationRepository extends JpaRepository<Situation, Long> {

    List<Situation> findAllByOrderBySortOrderAscIdAsc();
}
