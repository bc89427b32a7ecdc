package org.cadreportal.workflow.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StepRecordRepository extends JpaRepository<StepRecord, Long> {

    @Query("select r from StepRecord r where r.caseType = :caseType and r.caseId = :caseId order by r.id")
    List<StepRecord> findByCase(String caseType, long caseId);

    /** The attachments of a case's records without their content: one query, no file loaded. */
    @Query("select new org.cadreportal.workflow.domain.AttachmentMeta(a.record.id, a.id, a.fileName, a.contentType,"
            + " a.sizeBytes) from StepAttachment a where a.record.caseType = :caseType and a.record.caseId = :caseId"
            + " order by a.id")
    List<AttachmentMeta> findAttachmentMeta(String caseType, long caseId);

    @Query("select a from StepAttachment a join fetch a.record r"
            + " where a.id = :id and r.caseType = :caseType and r.caseId = :caseId")
    Optional<StepAttachment> findAttachment(String caseType, long caseId, long id);
}
