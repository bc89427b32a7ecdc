package org.cadreportal.notification.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeDigestRepository extends JpaRepository<NoticeDigest, String> {
}
