package org.cadreportal.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.Method;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An indicator of one year's library: what is measured, which way is better, where the data come from, how it is scored. */
@Entity
@Table(name = "assessment_indicators")
@Audited
public class Indicator extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_indicators_seq")
    @SequenceGenerator(name = "assessment_indicators_seq", sequenceName = "assessment_indicators_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(name = "dimension_id", nullable = false)
    private long dimensionId;
    @Column(nullable = false, length = 20)
    private String code;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 40)
    private String measure;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "data_source", nullable = false, length = 20)
    private DataSource source;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Method method;
    private BigDecimal cap;
    private BigDecimal base;
    private BigDecimal step;
    @Column(name = "per_event")
    private BigDecimal perEvent;
    @Column(name = "scoring_unit_id")
    private Long scoringUnitId;
    @Column(length = 2000)
    private String definition;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Indicator() {
    }

    public Indicator(long planId, IndicatorForm f, int sortOrder) {
        this.planId = planId;
        this.sortOrder = sortOrder;
        update(f);
    }

    /** The office's change of a draft plan's indicator (the plan checks it is still a draft). */
    public void update(IndicatorForm f) {
        this.dimensionId = f.dimensionId();
        this.code = f.code().strip();
        this.name = f.name().strip();
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
        return new IndicatorForm(dimensionIdThere, code, name, measure, direction, source, method, cap, base, step,
                perEvent, scoringUnitId, definition);
    }

    public IndicatorRow row() {
        return new IndicatorRow(id, dimensionId, code, name, measure, direction, source, method, cap, base, step,
                perEvent, scoringUnitId, definition, getVersion());
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getDimensionId() {
        return dimensionId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DataSource getSource() {
        return source;
    }

    public Method getMethod() {
        return method;
    }

    public Long getScoringUnitId() {
        return scoringUnitId;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
