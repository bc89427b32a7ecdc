package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    java.util.List<ProgressReport> findByItemIdOrderByReportedAtDesc(long itemId);

    @Query("select a from ReportAttachment a join fetch a.report r where a.id = :id and r.itemId = :itemId")
    java.util.Optional<ReportAttachment> findAttachment(long itemId, long id);
}
