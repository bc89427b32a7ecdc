package org.cadreportal.tolerance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExemptionItemRepository extends JpaRepository<ExemptionItem, Long> {

    List<ExemptionItem> findAllByOrderBySortOrderAscIdAsc();
}
