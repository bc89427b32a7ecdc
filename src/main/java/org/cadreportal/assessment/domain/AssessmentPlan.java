package org.cadreportal.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A year's 考核方案: its rules and status; the library, groups and data hang off it by plan id. */
@Entity
@Table(name = "assessment_plans")
@Audited
public class AssessmentPlan extends VersionedEntity {

    @Column(name = "plan_year", nullable = false)
    @Getter private int year;

    @Getter private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private PlanStatus status = PlanStatus.DRAFT;

    private BigDecimal redLightPoints;
    private BigDecimal overduePoints;
    private BigDecimal interviewPoints;
    private BigDecimal supervisionCap;
    private BigDecimal goodShare;
    private BigDecimal fairShare;
    private BigDecimal poorBelow;
    private BigDecimal minStatistics;
    private BigDecimal excellentShare;

    @Getter private LocalDateTime publishedAt;
    @Getter private LocalDateTime scoredAt;
    @Getter private LocalDate publicityStart;
    @Getter private Integer publicityDays;
    @Getter private LocalDate publicityEnd;
    @Getter private LocalDateTime finalizedAt;
    @Getter private String finalizedBy;
    private String lastActor;
    private LocalDateTime lastActedAt;

    protected AssessmentPlan() {
    }

    public AssessmentPlan(int year, String name, PlanRules rules, String actor, LocalDateTime at) {
        this.year = year;
        this.name = name;
        setRules(rules, actor, at);
    }

    public void setRules(PlanRules rules, String actor, LocalDateTime at) {
        requireDraft();
        // 好 and 较好 are the top shares of one group: together more than all of it would leave no room for 一般.
        if (rules.goodShare().add(rules.fairShare()).compareTo(BigDecimal.ONE) > 0) {
            throw new FieldException("fairShare", "assessment.error.sharesOverWhole");
        }
        redLightPoints = rules.redLightPoints();
        overduePoints = rules.overduePoints();
        interviewPoints = rules.interviewPoints();
        supervisionCap = rules.supervisionCap();
        goodShare = rules.goodShare();
        fairShare = rules.fairShare();
        poorBelow = rules.poorBelow();
        minStatistics = rules.minStatistics();
        excellentShare = rules.excellentShare();
        touch(actor, at);
    }

    /** Refuses a change to the library, groups or weights once the plan is published. */
    public void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new PortalException("assessment.error.notDraft");
        }
    }

    public void requirePublished() {
        if (status == PlanStatus.DRAFT) {
            throw new PortalException("assessment.error.notPublished");
        }
    }

    /**
     * Data are collected, changed and scored only while the plan is published: during 公示 they change through an
     * accepted appeal alone, and the final result is locked.
     */
    public void requireCollecting() {
        collectingClosed().ifPresent(key -> {
            throw new PortalException(key);
        });
    }

    /** Why the plan's data may not be entered now (a message key), or empty while they are collected. */
    public java.util.Optional<String> collectingClosed() {
        return java.util.Optional.ofNullable(switch (status) {
            case DRAFT -> "assessment.error.notPublished";
            case PUBLICITY -> "assessment.error.inPublicity";
            case FINAL -> "assessment.error.final";
            case PUBLISHED -> null;
        });
    }

    /** 初步结果 → 公示: only a scored, published plan; the window runs from {@code start} to {@code end}, both included. */
    public void startPublicity(LocalDate start, int days, LocalDate end, String actor, LocalDateTime at) {
        if (status != PlanStatus.PUBLISHED) {
            throw new PortalException("assessment.error.notPreliminary");
        }
        if (scoredAt == null) {
            throw new PortalException("assessment.error.notScored");
        }
        status = PlanStatus.PUBLICITY;
        publicityStart = start;
        publicityDays = days;
        publicityEnd = end;
        touch(actor, at);
    }

    /** Refuses anything that belongs to the 公示 (appeals and their decisions) outside it. */
    public void requirePublicity() {
        if (status != PlanStatus.PUBLICITY) {
            throw new PortalException("assessment.error.notInPublicity");
        }
    }

    /** Whether {@code day} lies within the 公示 window, both ends included. */
    public boolean withinPublicity(LocalDate day) {
        return status == PlanStatus.PUBLICITY && !day.isBefore(publicityStart) && !day.isAfter(publicityEnd);
    }

    /** 公示 → 最终结果; the service checks the window, the open appeals and the statistics share first. */
    public void makeFinal(String actor, LocalDateTime at) {
        requirePublicity();
        status = PlanStatus.FINAL;
        finalizedAt = at;
        finalizedBy = actor;
        touch(actor, at);
    }

    public void publish(String actor, LocalDateTime at) {
        requireDraft();
        status = PlanStatus.PUBLISHED;
        publishedAt = at;
        touch(actor, at);
    }

    public void scored(LocalDateTime at) {
        scoredAt = at;
    }

    private void touch(String actor, LocalDateTime at) {
        lastActor = actor;
        lastActedAt = at;
    }

    public PlanRules rules() {
        return new PlanRules(redLightPoints, overduePoints, interviewPoints, supervisionCap, goodShare, fairShare,
                poorBelow, minStatistics, excellentShare);
    }
}
