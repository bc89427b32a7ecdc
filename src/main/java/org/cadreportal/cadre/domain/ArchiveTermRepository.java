package org.cadreportal.cadre.domain;

import java.util.List;
import org.cadreportal.cadre.TermKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveTermRepository extends JpaRepository<ArchiveTerm, Long> {

    List<ArchiveTerm> findByKindOrderBySortOrderAscIdAsc(TermKind kind);
}
