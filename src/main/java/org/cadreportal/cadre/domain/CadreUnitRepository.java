package org.cadreportal.cadre.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CadreUnitRepository extends JpaRepository<CadreUnit, Long> {

    List<CadreUnit> findByCodeIn(Collection<String> codes);
}
