package org.cadreportal.award.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AwardRecordRepository extends JpaRepository<AwardRecord, Long>, JpaSpecificationExecutor<AwardRecord> {

    @Query("select a from AwardRecord a where a.id = :id")
    Optional<AwardRecord> findWithUnitById(long id);

    /** Serialises changes to one record: the second clerk waits, then sees the first one's version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AwardRecord a where a.id = :id")
    Optional<AwardRecord> findForUpdate(long id);

    /** A cadre's awards and criticisms, for the timeline. */
    List<AwardRecord> findByCadreIdOrderByDecidedOnDesc(long cadreId);
}
