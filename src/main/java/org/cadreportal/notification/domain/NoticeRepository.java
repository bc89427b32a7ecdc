package org.cadreportal.notification.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findTop100ByCadreIdOrderByCreatedAtDesc(long cadreId);

    long countByCadreIdAndReadAtIsNull(long cadreId);
}
