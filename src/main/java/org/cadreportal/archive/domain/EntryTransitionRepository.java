package org.cadreportal.archive.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EntryTransitionRepository extends JpaRepository<EntryTransition, Long> {

    List<EntryTransition> findByEntryIdOrderByIdAsc(long entryId);
}
