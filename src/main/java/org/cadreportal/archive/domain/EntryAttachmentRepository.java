package org.cadreportal.archive.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EntryAttachmentRepository extends JpaRepository<EntryAttachment, Long> {

    List<EntryAttachment> findByEntryIdOrderById(long entryId);
}
