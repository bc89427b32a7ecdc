package org.cadreportal.supervision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvestmentReportRepository extends JpaRepository<InvestmentReport, Long> {

    List<InvestmentReport> findByItemIdOrderByMonthAsc(long itemId);

    Optional<InvestmentReport> findByItemIdAndMonth(long itemId, LocalDate month);

    @Query("select coalesce(sum(r.amount), 0) from InvestmentReport r where r.itemId = :itemId")
    BigDecimal sumFor(long itemId);
}
