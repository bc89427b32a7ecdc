package org.cadreportal.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.AnnualGrade;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A cadre's 年度考核 grade for one year, as recorded (one per year). */
@Entity
@Table(name = "cadre_annual_grades")
@Audited
@Getter
public class AnnualGradeRecord extends VersionedEntity {

    private long cadreId;

    @Column(name = "grade_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AnnualGrade grade;

    protected AnnualGradeRecord() {
    }

    public AnnualGradeRecord(long cadreId, int year, AnnualGrade grade) {
        this.cadreId = cadreId;
        this.year = year;
        this.grade = grade;
    }

    public void regrade(AnnualGrade grade) {
        this.grade = grade;
    }
}
