package org.cadreportal.notification.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.cadreportal.notification.OutboxStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.status = org.cadreportal.notification.OutboxStatus.PENDING and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> findDue(LocalDateTime now, Pageable pageable);

    /** Null status or channel: any. */
    @Query("""
            select m from OutboxMessage m
            where (:status is null or m.status = :status) and (:channel is null or m.channel = :channel)
            """)
    Page<OutboxMessage> search(OutboxStatus status, String channel, Pageable pageable);

    @Query("""
            select count(m) from OutboxMessage m
            where (:status is null or m.status = :status) and (:channel is null or m.channel = :channel)
            """)
    long countSearch(OutboxStatus status, String channel);

    /** A cadre's daily SMS, locked: the outbox job locks it too while it sends, so no line is lost or late. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.channel = 'SMS' and m.cadreId = :cadreId and m.topic = :topic"
            + " and m.batchDay = :day")
    java.util.Optional<OutboxMessage> findDailyForUpdate(long cadreId, String topic, java.time.LocalDate day);

    /** The day's messages about {@code topic} of many cadres, locked (as {@link #findDailyForUpdate}). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.channel = 'SMS' and m.cadreId in :cadreIds and m.topic = :topic"
            + " and m.batchDay = :day")
    List<OutboxMessage> findDailiesForUpdate(java.util.Collection<Long> cadreIds, String topic, java.time.LocalDate day);

    /** The SMS due now, locked while they are sent, in the order {@link #findDue} gives. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.status = org.cadreportal.notification.OutboxStatus.PENDING"
            + " and m.channel = 'SMS' and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<OutboxMessage> findDueSmsForSending(LocalDateTime now, Pageable pageable);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.id = :id")
    java.util.Optional<OutboxMessage> findForSending(long id);
}
