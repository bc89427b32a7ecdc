package org.cadreportal.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.YearMonth;
import lombok.Getter;
import lombok.Setter;
import org.cadreportal.cadre.CivilRank;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The cadre's 任免审批表 fields, kept in the cadres row (and audited with it). All may be empty: a cadre
 * registered before the profile existed has none. {@code resumeText} null means the 简历 follows the career.
 */
@Embeddable
public class PersonalProfile {

    @Getter @Setter private String idNumber;

    @Getter @Setter private String nativePlace;

    @Getter @Setter private String birthPlace;

    @Convert(converter = YearMonthColumn.class)
    @Getter @Setter private YearMonth partyJoined;

    @Convert(converter = YearMonthColumn.class)
    @Getter @Setter private YearMonth workStarted;

    @Getter @Setter private String health;

    @Getter @Setter private String professionalTitle;

    @Getter @Setter private String expertise;

    @Getter @Setter private String ftEducation;

    @Getter @Setter private String ftDegree;

    @Getter @Setter private String ftEducationSchool;

    @Getter @Setter private String ftDegreeSchool;

    @Getter @Setter private String ptEducation;

    @Getter @Setter private String ptDegree;

    @Getter @Setter private String ptEducationSchool;

    @Getter @Setter private String ptDegreeSchool;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter @Setter private CivilRank civilRank;

    @Getter @Setter private String resumeText;

    /** Counts the saves of the profile, so that each one changes the row and moves the cadre's version. */
    @Column(name = "profile_edits", nullable = false)
    private int edits;

    public PersonalProfile() {
    }

    /** Records one save (see {@link #edits}). */
    void countEdit() {
        edits++;
    }
}
