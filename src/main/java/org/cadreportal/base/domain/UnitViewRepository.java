package org.cadreportal.base.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitViewRepository extends JpaRepository<UnitView, Long> {

    List<UnitView> findByCodeIn(Collection<String> codes);
}
