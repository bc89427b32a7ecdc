package org.cadreportal.cadre.service;

/**
 * The roster's columns, in sheet order. Template, export and import all read this one list, so a
 * downloaded export can be edited and imported back. The 任免审批表 columns come after the registry's
 * and may be left out of a sheet (an older template); 身份证号 is personal data, so the export leaves it
 * out while the template and the import take it.
 */
enum RosterColumn {
    CODE("roster.col.code"),
    NAME("roster.col.name"),
    GENDER("roster.col.gender"),
    BIRTH_DATE("roster.col.birthDate"),
    ETHNICITY("roster.col.ethnicity"),
    PARTY("roster.col.party"),
    EDUCATION("roster.col.education"),
    UNIT_CODE("roster.col.unitCode"),
    UNIT_NAME("roster.col.unitName"),
    POST("roster.col.post"),
    RANK("roster.col.rank"),
    LEVEL("roster.col.level"),
    CATEGORY("roster.col.category"),
    NATIVE_PLACE("roster.col.nativePlace", "nativePlace"),
    BIRTH_PLACE("roster.col.birthPlace", "birthPlace"),
    PARTY_JOINED("roster.col.partyJoined", "partyJoined"),
    WORK_STARTED("roster.col.workStarted", "workStarted"),
    HEALTH("roster.col.health", "health"),
    PROFESSIONAL_TITLE("roster.col.professionalTitle", "professionalTitle"),
    EXPERTISE("roster.col.expertise", "expertise"),
    CIVIL_RANK("roster.col.civilRank", "civilRank"),
    FT_EDUCATION("roster.col.ftEducation", "fullTimeEducation"),
    FT_DEGREE("roster.col.ftDegree", "fullTimeDegree"),
    FT_EDUCATION_SCHOOL("roster.col.ftEducationSchool", "fullTimeEducationSchool"),
    FT_DEGREE_SCHOOL("roster.col.ftDegreeSchool", "fullTimeDegreeSchool"),
    PT_EDUCATION("roster.col.ptEducation", "partTimeEducation"),
    PT_DEGREE("roster.col.ptDegree", "partTimeDegree"),
    PT_EDUCATION_SCHOOL("roster.col.ptEducationSchool", "partTimeEducationSchool"),
    PT_DEGREE_SCHOOL("roster.col.ptDegreeSchool", "partTimeDegreeSchool"),
    ID_NUMBER("roster.col.idNumber", "idNumber");

    final String labelKey;
    /** The {@link org.cadreportal.cadre.ProfileForm} property a profile column fills; null for the registry's own. */
    final String profileProperty;

    RosterColumn(String labelKey) {
        this(labelKey, null);
    }

    RosterColumn(String labelKey, String profileProperty) {
        this.labelKey = labelKey;
        this.profileProperty = profileProperty;
    }

    boolean isProfile() {
        return profileProperty != null;
    }

    /** Whether the export writes it: all but the identity number. */
    boolean isExported() {
        return this != ID_NUMBER;
    }

    /** The column of a profile property (for a refusal), the identity number's when unknown. */
    static RosterColumn ofProfile(String property) {
        for (RosterColumn c : values()) {
            if (property.equals(c.profileProperty)) {
                return c;
            }
        }
        return ID_NUMBER;
    }
}
