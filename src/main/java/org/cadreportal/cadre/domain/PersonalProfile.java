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

    @Column(name = "id_number", length = 18)
    @Getter @Setter private String idNumber;

    @Column(name = "native_place", length = 50)
    @Getter @Setter private String nativePlace;

    @Column(name = "birth_place", length = 50)
    @Getter @Setter private String birthPlace;

    @Convert(converter = YearMonthColumn.class)
    @Column(name = "party_joined")
    @Getter @Setter private YearMonth partyJoined;

    @Convert(converter = YearMonthColumn.class)
    @Column(name = "work_started")
    @Getter @Setter private YearMonth workStarted;

    @Column(name = "health", length = 50)
    @Getter @Setter private String health;

    @Column(name = "professional_title", length = 100)
    @Getter @Setter private String professionalTitle;

    @Column(name = "expertise", length = 200)
    @Getter @Setter private String expertise;

    @Column(name = "ft_education", length = 50)
    @Getter @Setter private String ftEducation;

    @Column(name = "ft_degree", length = 50)
    @Getter @Setter private String ftDegree;

    @Column(name = "ft_education_school", length = 200)
    @Getter @Setter private String ftEducationSchool;

    @Column(name = "ft_degree_school", length = 200)
    @Getter @Setter private String ftDegreeSchool;

    @Column(name = "pt_education", length = 50)
    @Getter @Setter private String ptEducation;

    @Column(name = "pt_degree", length = 50)
    @Getter @Setter private String ptDegree;

    @Column(name = "pt_education_school", length = 200)
    @Getter @Setter private String ptEducationSchool;

    @Column(name = "pt_degree_school", length = 200)
    @Getter @Setter private String ptDegreeSchool;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "civil_rank", length = 30)
    @Getter @Setter private CivilRank civilRank;

    @Column(name = "resume_text", length = 4000)
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
