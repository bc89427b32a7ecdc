package org.cadreportal.cadre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A cadre's 任免审批表 profile as the reader may see it, with the cadre's version for the next save.
 * {@code personalShown} false: the reader may not see personal data, so {@code idNumber} is null and
 * {@code family} empty (not "none recorded", just not shown).
 *
 * @param resume        the 简历 shown: the clerk's edited text, or the one generated from the career
 * @param resumeEdited  whether {@code resume} is the clerk's text rather than generated
 */
public record CadreProfile(long cadreId, int version, String name, Gender gender, LocalDate birthDate,
                           boolean personalShown, String idNumber, String nativePlace, String birthPlace,
                           YearMonth partyJoined, YearMonth workStarted, String health, String professionalTitle,
                           String expertise, AppointmentRecord.Schooling fullTime, AppointmentRecord.Schooling partTime,
                           CivilRank civilRank, String resume, boolean resumeEdited, List<FamilyMember> family,
                           List<GradeEntry> grades, boolean hasPhoto) {

    /** The profile in a form to edit: the generated 简历 is left empty, so that it keeps following the career. */
    public ProfileForm toForm() {
        ProfileForm f = new ProfileForm();
        f.setIdNumber(idNumber);
        f.setNativePlace(nativePlace);
        f.setBirthPlace(birthPlace);
        f.setPartyJoined(partyJoined);
        f.setWorkStarted(workStarted);
        f.setHealth(health);
        f.setProfessionalTitle(professionalTitle);
        f.setExpertise(expertise);
        f.setFullTimeEducation(fullTime.education());
        f.setFullTimeDegree(fullTime.degree());
        f.setFullTimeEducationSchool(fullTime.educationSchool());
        f.setFullTimeDegreeSchool(fullTime.degreeSchool());
        f.setPartTimeEducation(partTime.education());
        f.setPartTimeDegree(partTime.degree());
        f.setPartTimeEducationSchool(partTime.educationSchool());
        f.setPartTimeDegreeSchool(partTime.degreeSchool());
        f.setCivilRank(civilRank);
        f.setResume(resumeEdited ? resume : null);
        f.setFamily(new java.util.ArrayList<>(family));
        f.setGrades(new java.util.ArrayList<>(grades));
        return f;
    }
}
