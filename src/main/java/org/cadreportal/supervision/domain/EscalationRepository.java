package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

    java.util.List<Escalation> findByItemIdOrderByRaisedOnAscIdAsc(long itemId);
}
