package org.cadreportal.supervision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FieldInspectionRepository extends JpaRepository<FieldInspection, Long> {

    /** The visits of an item, newest inspection first, with their inspection. */
    @Query("select v from InspectionVisit v join fetch v.inspection i where v.itemId = :itemId"
            + " order by i.inspectedOn desc, v.id desc")
    List<InspectionVisit> visitsOf(long itemId);
}
