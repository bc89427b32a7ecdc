package org.cadreportal.notification.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findTop200BySentAtIsNullAndAttemptsLessThanOrderByIdAsc(int maxAttempts);
}
