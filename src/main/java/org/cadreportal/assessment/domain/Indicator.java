package org.cadreportal.assessment.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.Method;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An indicator of one year's library: what is measured, which way is better, where the data come from, how it is scored. */
@Entity
@Table(name = "assessment_indicators")
@Audited
// An indicator's name is a sentence, longer than a dimension's or a group's.
@AttributeOverride(name = "name", column = @Column(nullable = false, length = 200))
public class Indicator extends PlanPart {

    @Getter private long dimensionId;
    private String measure;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "data_source", nullable = false, length = 20)
    @Getter private DataSource source;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Method method;
    private BigDecimal cap;
    private BigDecimal base;
    private BigDecimal step;
    private BigDecimal perEvent;
    @Getter private Long scoringUnitId;
    private String definition;

    protected Indicator() {
    }

    public Indicator(long planId, IndicatorForm f, int sortOrder) {
        super(planId, null, null, sortOrder);
        update(f);
    }

    /** The office's change of a draft plan's indicator (the plan checks it is still a draft). */
    public void update(IndicatorForm f) {
        this.dimensionId = f.dimensionId();
        rename(f.code().strip(), f.name().strip());
        this.measure = blankToNull(f.measure());
        this.direction = f.direction();
        this.source = f.source();
        this.method = f.method();
        this.cap = f.cap();
        this.base = f.base();
        this.step = f.step();
        this.perEvent = f.perEvent();
        this.scoringUnitId = f.scoringUnitId();
        this.definition = blankToNull(f.definition());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The same indicator in another year's library. */
    public IndicatorForm form(long dimensionIdThere) {
        return new IndicatorForm(dimensionIdThere, getCode(), getName(), measure, direction, source, method, cap, base, step,
                perEvent, scoringUnitId, definition);
    }

    public IndicatorRow row() {
        return new IndicatorRow(getId(), dimensionId, getCode(), getName(), measure, direction, source, method, cap, base, step,
                perEvent, scoringUnitId, definition, getVersion());
    }
}
