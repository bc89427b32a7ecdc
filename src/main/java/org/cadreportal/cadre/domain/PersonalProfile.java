package org.cadreportal.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.YearMonth;
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
    private String idNumber;

    @Column(name = "native_place", length = 50)
    private String nativePlace;

    @Column(name = "birth_place", length = 50)
    private String birthPlace;

    @Convert(converter = YearMonthColumn.class)
    @Column(name = "party_joined")
    private YearMonth partyJoined;

    @Convert(converter = YearMonthColumn.class)
    @Column(name = "work_started")
    private YearMonth workStarted;

    @Column(name = "health", length = 50)
    private String health;

    @Column(name = "professional_title", length = 100)
    private String professionalTitle;

    @Column(name = "expertise", length = 200)
    private String expertise;

    @Column(name = "ft_education", length = 50)
    private String ftEducation;

    @Column(name = "ft_degree", length = 50)
    private String ftDegree;

    @Column(name = "ft_education_school", length = 200)
    private String ftEducationSchool;

    @Column(name = "ft_degree_school", length = 200)
    private String ftDegreeSchool;

    @Column(name = "pt_education", length = 50)
    private String ptEducation;

    @Column(name = "pt_degree", length = 50)
    private String ptDegree;

    @Column(name = "pt_education_school", length = 200)
    private String ptEducationSchool;

    @Column(name = "pt_degree_school", length = 200)
    private String ptDegreeSchool;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "civil_rank", length = 30)
    private CivilRank civilRank;

    @Column(name = "resume_text", length = 4000)
    private String resumeText;

    /** Counts the saves of the profile, so that each one changes the row and moves the cadre's version. */
    @Column(name = "profile_edits", nullable = false)
    private int edits;

    public PersonalProfile() {
    }

    /** Records one save (see {@link #edits}). */
    void countEdit() {
        edits++;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getNativePlace() {
        return nativePlace;
    }

    public void setNativePlace(String nativePlace) {
        this.nativePlace = nativePlace;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public YearMonth getPartyJoined() {
        return partyJoined;
    }

    public void setPartyJoined(YearMonth partyJoined) {
        this.partyJoined = partyJoined;
    }

    public YearMonth getWorkStarted() {
        return workStarted;
    }

    public void setWorkStarted(YearMonth workStarted) {
        this.workStarted = workStarted;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public String getProfessionalTitle() {
        return professionalTitle;
    }

    public void setProfessionalTitle(String professionalTitle) {
        this.professionalTitle = professionalTitle;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public String getFtEducation() {
        return ftEducation;
    }

    public void setFtEducation(String ftEducation) {
        this.ftEducation = ftEducation;
    }

    public String getFtDegree() {
        return ftDegree;
    }

    public void setFtDegree(String ftDegree) {
        this.ftDegree = ftDegree;
    }

    public String getFtEducationSchool() {
        return ftEducationSchool;
    }

    public void setFtEducationSchool(String ftEducationSchool) {
        this.ftEducationSchool = ftEducationSchool;
    }

    public String getFtDegreeSchool() {
        return ftDegreeSchool;
    }

    public void setFtDegreeSchool(String ftDegreeSchool) {
        this.ftDegreeSchool = ftDegreeSchool;
    }

    public String getPtEducation() {
        return ptEducation;
    }

    public void setPtEducation(String ptEducation) {
        this.ptEducation = ptEducation;
    }

    public String getPtDegree() {
        return ptDegree;
    }

    public void setPtDegree(String ptDegree) {
        this.ptDegree = ptDegree;
    }

    public String getPtEducationSchool() {
        return ptEducationSchool;
    }

    public void setPtEducationSchool(String ptEducationSchool) {
        this.ptEducationSchool = ptEducationSchool;
    }

    public String getPtDegreeSchool() {
        return ptDegreeSchool;
    }

    public void setPtDegreeSchool(String ptDegreeSchool) {
        this.ptDegreeSchool = ptDegreeSchool;
    }

    public CivilRank getCivilRank() {
        return civilRank;
    }

    public void setCivilRank(CivilRank civilRank) {
        this.civilRank = civilRank;
    }

    public String getResumeText() {
        return resumeText;
    }

    public void setResumeText(String resumeText) {
        this.resumeText = resumeText;
    }
}
