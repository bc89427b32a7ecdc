package org.cadreportal.archive.domain;

import java.util.List;
import org.cadreportal.archive.TermKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveTermRepository extends JpaRepository<ArchiveTerm, Long> {

    List<ArchiveTerm> findByKindOrderBySortOrderAscIdAsc(TermKind kind);
}
