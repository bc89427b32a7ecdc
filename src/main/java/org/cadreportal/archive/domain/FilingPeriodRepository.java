package org.cadreportal.archive.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FilingPeriodRepository extends JpaRepository<FilingPeriod, Long> {

    List<FilingPeriod> findAllByOrderByStartsOnDescIdDesc();

    /** Names only: loading the periods would also load each one's categories, a statement per period. */
    @Query("select new org.cadreportal.archive.domain.FilingPeriodRepository$Name(p.id, p.nameZh, p.nameEn) from FilingPeriod p")
    List<Name> findNames();

    record Name(long id, String nameZh, String nameEn) {
    }
}
