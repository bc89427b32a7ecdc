package org.cadreportal.cadre.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FilingPeriodRepository extends JpaRepository<FilingPeriod, Long> {

    List<FilingPeriod> findAllByOrderByStartsOnDescIdDesc();
}
