package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** 月度投资报送: the investment an item completed in one month (万元); one per item and month, corrected in place. */
@Entity
@Table(name = "investment_reports")
@Audited
public class InvestmentReport extends VersionedEntity {

    @Getter private long itemId;

    /** The first day of the month reported. */
    @Column(name = "report_month", nullable = false)
    @Getter private LocalDate month;

    @Column(nullable = false, precision = 18, scale = 2)
    @Getter private BigDecimal amount;

    private String reporter;

    @Getter private String reporterName;

    protected InvestmentReport() {
    }

    public InvestmentReport(long itemId, LocalDate month, BigDecimal amount, String reporter, String reporterName) {
        this.itemId = itemId;
        this.month = month.withDayOfMonth(1);
        correct(amount, reporter, reporterName);
    }

    public void correct(BigDecimal newAmount, String by, String byName) {
        amount = newAmount;
        reporter = by;
        reporterName = byName;
    }
}
