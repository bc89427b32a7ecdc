package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import org.hibernate.envers.Audited;

/** The single row of light settings. */
@Entity
@Table(name = "light_settings")
@Audited
@Getter
public class LightConfig {

    public static final long ID = 1;

    @Id
    private Long id;

    @Version
    private int version;

    private int yellowDays;

    @Column(name = "yellow_lag_points", nullable = false)
    private int lagPoints;

    @Column(name = "escalation_year_start", nullable = false)
    private int yearStartMonth;

    @Column(name = "interview_at_red", nullable = false)
    private int interviewAt;

    @Column(name = "adjust_at_red", nullable = false)
    private int adjustAt;

    protected LightConfig() {
    }

    public void change(int days, int points) {
        yellowDays = days;
        lagPoints = points;
    }

    /** The escalation ladder's window (the plan year's first month) and steps; the interview comes first. */
    public void changeLadder(int startMonth, int interviewAtRed, int adjustAtRed) {
        if (adjustAtRed <= interviewAtRed) {
            throw new org.cadreportal.base.FieldException("adjustAt", "supervision.error.ladderOrder");
        }
        yearStartMonth = startMonth;
        interviewAt = interviewAtRed;
        adjustAt = adjustAtRed;
    }
}
