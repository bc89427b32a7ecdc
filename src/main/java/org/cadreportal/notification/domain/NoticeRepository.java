package org.cadreportal.notification.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** A user's notices are those to their username and, for a cadre's account, those to their cadre (-1: none). */
public interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findTop100ByCadreIdOrderByCreatedAtDesc(long cadreId);

    long countByCadreIdAndReadAtIsNull(long cadreId);

    @Query("select n from Notice n where n.username = :username or n.cadreId = :cadreId order by n.createdAt desc, n.id desc")
    List<Notice> findMine(String username, long cadreId, Pageable pageable);

    @Query(value = "select n from Notice n where (n.username = :username or n.cadreId = :cadreId) and n.readAt is null"
            + " order by n.createdAt desc, n.id desc",
            countQuery = "select count(n) from Notice n where (n.username = :username or n.cadreId = :cadreId)"
            + " and n.readAt is null")
    Page<Notice> findUnread(String username, long cadreId, Pageable pageable);

    @Query("select count(n) from Notice n where (n.username = :username or n.cadreId = :cadreId) and n.readAt is null")
    long countUnread(String username, long cadreId);

    @Modifying
    @Query("update Notice n set n.readAt = :at where (n.username = :username or n.cadreId = :cadreId) and n.readAt is null")
    int markAllRead(String username, long cadreId, LocalDateTime at);

    long countByUsername(String username);
}
