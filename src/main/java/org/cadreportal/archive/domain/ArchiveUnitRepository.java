package org.cadreportal.archive.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveUnitRepository extends JpaRepository<ArchiveUnit, Long> {
}
