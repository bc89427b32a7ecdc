package org.cadreportal.cadre.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareerRecordRepository extends JpaRepository<CareerRecord, Long> {

    List<CareerRecord> findByCadreIdOrderByStartDateDescIdDesc(long cadreId);

    Optional<CareerRecord> findFirstByCadreIdAndEndDateIsNullOrderByStartDateDesc(long cadreId);
}
