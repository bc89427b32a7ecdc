package org.cadreportal.cadre.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.cadre.ProfileMonth;
import org.cadreportal.cadre.domain.PersonalProfile;

/** The roster's 任免审批表 cells: written from a cadre's profile, read into a profile form. */
final class RosterProfileCells {

    private RosterProfileCells() {
    }

    /** The exported profile cells, in column order (the identity number is not exported). */
    static List<String> export(PersonalProfile p, UnaryOperator<String> label) {
        List<String> cells = new ArrayList<>();
        for (RosterColumn col : RosterColumn.values()) {
            if (!col.isProfile() || !col.isExported()) {
                continue;
            }
            cells.add(switch (col) {
                case NATIVE_PLACE -> p.getNativePlace();
                case BIRTH_PLACE -> p.getBirthPlace();
                case PARTY_JOINED -> ProfileMonth.format(p.getPartyJoined());
                case WORK_STARTED -> ProfileMonth.format(p.getWorkStarted());
                case HEALTH -> p.getHealth();
                case PROFESSIONAL_TITLE -> p.getProfessionalTitle();
                case EXPERTISE -> p.getExpertise();
                case CIVIL_RANK -> p.getCivilRank() == null ? "" : label.apply(p.getCivilRank().labelKey());
                case FT_EDUCATION -> p.getFtEducation();
                case FT_DEGREE -> p.getFtDegree();
                case FT_EDUCATION_SCHOOL -> p.getFtEducationSchool();
                case FT_DEGREE_SCHOOL -> p.getFtDegreeSchool();
                case PT_EDUCATION -> p.getPtEducation();
                case PT_DEGREE -> p.getPtDegree();
                case PT_EDUCATION_SCHOOL -> p.getPtEducationSchool();
                case PT_DEGREE_SCHOOL -> p.getPtDegreeSchool();
                default -> "";
            });
        }
        cells.replaceAll(c -> c == null ? "" : c);
        return cells;
    }

    /** Puts a text cell into the profile form (months and the 职级 are read by the workbook). */
    static void set(ProfileForm p, RosterColumn col, String value) {
        String v = value.isEmpty() ? null : value;
        switch (col) {
            case NATIVE_PLACE -> p.setNativePlace(v);
            case BIRTH_PLACE -> p.setBirthPlace(v);
            case HEALTH -> p.setHealth(v);
            case PROFESSIONAL_TITLE -> p.setProfessionalTitle(v);
            case EXPERTISE -> p.setExpertise(v);
            case FT_EDUCATION -> p.setFullTimeEducation(v);
            case FT_DEGREE -> p.setFullTimeDegree(v);
            case FT_EDUCATION_SCHOOL -> p.setFullTimeEducationSchool(v);
            case FT_DEGREE_SCHOOL -> p.setFullTimeDegreeSchool(v);
            case PT_EDUCATION -> p.setPartTimeEducation(v);
            case PT_DEGREE -> p.setPartTimeDegree(v);
            case PT_EDUCATION_SCHOOL -> p.setPartTimeEducationSchool(v);
            case PT_DEGREE_SCHOOL -> p.setPartTimeDegreeSchool(v);
            case ID_NUMBER -> p.setIdNumber(v);
            default -> throw new IllegalArgumentException(col.name());
        }
    }

}
