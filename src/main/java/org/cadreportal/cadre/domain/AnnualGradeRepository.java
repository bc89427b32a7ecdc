package org.cadreportal.cadre.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualGradeRepository extends JpaRepository<AnnualGradeRecord, Long> {

    List<AnnualGradeRecord> findByCadreIdOrderByYear(long cadreId);

    List<AnnualGradeRecord> findByCadreIdInAndYear(Collection<Long> cadreIds, int year);

    List<AnnualGradeRecord> findByCadreIdInOrderByCadreIdAscYearAsc(Collection<Long> cadreIds);
}
