package org.cadreportal.base.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitViewRepository extends JpaRepository<UnitView, Long> {

    List<UnitView> findByCodeIn(Collection<String> codes);

    /** The paths of the units without a parent: in a city's portal, the one root. */
    @Query(value = "select path from units where parent_id is null", nativeQuery = true)
    List<String> rootPaths();
}
