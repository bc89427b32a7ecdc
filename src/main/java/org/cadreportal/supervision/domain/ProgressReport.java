package org.cadreportal.supervision.domain;

import lombok.Getter;
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

    @Getter private long itemId;

    @Getter private LocalDateTime reportedAt;

    private String reporter;

    @Getter private String reporterName;

    @Getter private int actualProgress;

    @Column(precision = 18, scale = 2)
    @Getter private BigDecimal monitorValue;

    @Column(name = "report_text", nullable = false, length = 2000)
    @Getter private String text;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @Getter private List<ReportAttachment> attachments = new ArrayList<>();

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
}
