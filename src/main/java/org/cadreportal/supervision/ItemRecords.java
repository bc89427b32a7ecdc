package org.cadreportal.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An item's project facts, its monthly investment reports, the 暗访督导 that visited it and the 专题会调度
 * decisions on it, as its page shows them; and what the viewer may do there.
 */
public record ItemRecords(long itemId, int version, String itemNo, Facts facts, List<Month> investments,
                          List<Inspection> inspections, List<Decision> decisions, boolean mayManage,
                          boolean mayReport) {

    public record Facts(String leaderUsername, String leaderName, BigDecimal totalInvestment,
                        BigDecimal annualInvestment, BigDecimal completedInvestment, LocalDate startedOn,
                        LocalDate registeredOn) {
    }

    public record Month(YearMonth month, BigDecimal amount, String reporterName) {
    }

    public record Inspection(long id, LocalDate inspectedOn, String team, String summary, String recordedBy,
                             List<Problem> problems) {
    }

    /** {@code doneOn}: the day its milestone was reached, or null. */
    public record Problem(String description, LocalDate deadline, int expectedProgress, LocalDate doneOn,
                          Light light) {
    }

    public record Decision(long meetingId, LocalDate heldOn, String topic, String chair, String text,
                           LocalDate deadline, int expectedProgress, boolean newItem) {
    }
}
