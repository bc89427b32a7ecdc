package org.cadreportal.tolerance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToleranceCategoryRepository extends JpaRepository<ToleranceCategory, Long> {

    List<ToleranceCategory> findAllByOrderBySortOrderAscIdAsc();
}
