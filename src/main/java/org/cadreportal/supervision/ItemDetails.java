package org.cadreportal.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cadreportal.workflow.AttachmentRow;

/** An item with everything its page shows, and what the viewer may do. */
public record ItemDetails(long id, int version, String itemNo, String title, String description, AspectRow aspect,
                          ControlMethod method, long leadUnitId, String leadUnit, List<Unit> coUnits,
                          List<Cadre> cadres, String supervisorName, LocalDate startDate, LocalDate endDate,
                          Benchmark benchmark, String monitorName, BigDecimal monitorTarget, BigDecimal monitorActual,
                          ItemStatus status, LocalDate onlineOn, LocalDate closedOn, int actualProgress, Light light,
                          ItemType type, LightExplanation explanation,
                          List<MilestoneRow> milestones, List<ReportRow> reports, List<LightChange> lightHistory,
                          List<EscalationRow> escalations, boolean mayManage, boolean mayReport, LocalDate today) {

    public record Unit(long id, String name) {
    }

    public record Cadre(long id, String name, String post) {
    }

    public record Benchmark(long id, String itemNo, String title, int actualProgress) {
    }

    public record MilestoneRow(long id, String name, LocalDate dueDate, int plannedProgress, LocalDate doneOn,
                               Light light) {
    }

    public record ReportRow(long id, LocalDateTime reportedAt, String reporterName, int actualProgress,
                            BigDecimal monitorValue, String text, List<AttachmentRow> attachments) {
    }

    public record LightChange(LocalDate changedOn, Light from, Light to) {
    }

    /** {@code redCount}: the item's nth red; {@code cadreRedCount}: the cadre's nth red in the plan year. */
    public record EscalationRow(long id, int version, long cadreId, String cadreName, Rung rung, int redCount,
                                int cadreRedCount, LocalDate raisedOn, LocalDate interviewDate, String interviewer, String notes,
                                boolean done) {
    }
}
