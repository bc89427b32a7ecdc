package org.cadreportal.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.Getter;
import org.cadreportal.base.DayKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A holiday or a make-up working day; every other weekday works and every weekend is off. */
@Entity
@Table(name = "calendar_days")
@Audited
@Getter
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DayKind kind;

    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        set(kind, name);
    }

    public void set(DayKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }
}
