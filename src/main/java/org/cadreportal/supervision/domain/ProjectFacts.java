package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;

/**
 * An item's project facts: the city leader who 包保 it (a user), its investment in 万元 (总投资, 年度计划投资 and
 * 已完成投资, the last being the sum of its monthly reports) and the days it started (开工) and was entered in
 * the statistics (入库).
 */
@Embeddable
public class ProjectFacts {

    @Getter private String leaderUsername;

    @Getter private String leaderName;

    @Column(precision = 18, scale = 2)
    @Getter private BigDecimal totalInvestment;

    @Column(precision = 18, scale = 2)
    @Getter private BigDecimal annualInvestment;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal completedInvestment = BigDecimal.ZERO;

    @Getter private LocalDate startedOn;

    @Getter private LocalDate registeredOn;

    void change(String leader, String leaderDisplayName, BigDecimal total, BigDecimal annual, LocalDate started,
                LocalDate registered) {
        leaderUsername = leader;
        leaderName = leaderDisplayName;
        totalInvestment = total;
        annualInvestment = annual;
        startedOn = started;
        registeredOn = registered;
    }

    void completed(BigDecimal sum) {
        completedInvestment = sum == null ? BigDecimal.ZERO : sum;
    }

    public BigDecimal getCompletedInvestment() {
        return completedInvestment == null ? BigDecimal.ZERO : completedInvestment;
    }
}
