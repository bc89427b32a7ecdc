package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

    java.util.List<Escalation> findByItemIdOrderByRaisedOnAscIdAsc(long itemId);
}
