package org.cadreportal.supervision.domain;

import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A progress report: written once, never changed. */
@Entity
@Immutable
@Table(name = "progress_reports")
public class ProgressReport extends SequencedEntity {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    @Column(nullable = false, length = 64)
    private String reporter;

    @Column(name = "reporter_name", nullable = false, length = 64)
    private String reporterName;

    @Column(name = "actual_progress", nullable = false)
    private int actualProgress;

    @Column(name = "monitor_value", precision = 18, scale = 2)
    private BigDecimal monitorValue;

    @Column(name = "report_text", nullable = false, length = 2000)
    private String text;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ReportAttachment> attachments = new ArrayList<>();

    protected ProgressReport() {
    }

    public ProgressReport(long itemId, LocalDateTime reportedAt, String reporter, String reporterName,
                          int actualProgress, BigDecimal monitorValue, String text) {
        this.itemId = itemId;
        this.reportedAt = reportedAt;
        this.reporter = reporter;
        this.reporterName = reporterName;
        this.actualProgress = actualProgress;
        this.monitorValue = monitorValue;
        this.text = text;
    }

    public void attach(String fileName, String contentType, byte[] content) {
        attachments.add(new ReportAttachment(this, fileName, contentType, content));
    }

    public long getItemId() {
        return itemId;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public String getReporterName() {
        return reporterName;
    }

    public int getActualProgress() {
        return actualProgress;
    }

    public BigDecimal getMonitorValue() {
        return monitorValue;
    }

    public String getText() {
        return text;
    }

    public List<ReportAttachment> getAttachments() {
        return attachments;
    }
}
