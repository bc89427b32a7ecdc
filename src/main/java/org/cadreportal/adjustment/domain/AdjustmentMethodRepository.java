package org.cadreportal.adjustment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdjustmentMethodRepository extends JpaRepository<AdjustmentMethod, Long> {

    List<AdjustmentMethod> findAllByOrderBySortOrderAscIdAsc();
}
