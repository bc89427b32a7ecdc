package org.cadreportal.cadre.service;

import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.FamilyMember;
import org.cadreportal.cadre.GradeEntry;
import org.cadreportal.cadre.IdentityNumber;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.cadre.Resume;
import org.cadreportal.cadre.domain.AnnualGradeRecord;
import org.cadreportal.cadre.domain.AnnualGradeRepository;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadrePhoto;
import org.cadreportal.cadre.domain.CadrePhotoRepository;
import org.cadreportal.cadre.domain.FamilyMemberRecord;
import org.cadreportal.cadre.domain.FamilyMemberRepository;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a checked profile: the cadre's fields, the family rows and grades replaced as a whole, and the
 * photo when one came. Runs inside the caller's transaction, so it is all saved or none of it.
 */
@Component
@RequiredArgsConstructor
class ProfileWriter {

    private final FamilyMemberRepository family;
    private final AnnualGradeRepository grades;
    private final CadrePhotoRepository photos;
    private final ApplicationEventPublisher events;

    void write(Cadre cadre, ProfileForm f, String actor, LocalDateTime now) {
        writeFields(cadre, f, false, true);
        replaceFamily(cadre.getId(), f.getFamily() == null ? List.of() : f.getFamily());
        replaceGrades(cadre.getId(), f.getGrades() == null ? List.of() : f.getGrades());
        if (f.getPhoto() != null) {
            putPhoto(cadre.getId(), f.getPhoto(), actor, now);
        }
    }

    /**
     * The fields only (not the 简历, family, grades or photo): what a roster row carries. {@code keepBlankId}:
     * a row without an identity number leaves the stored one (the export leaves it out).
     */
    void writeFields(Cadre cadre, ProfileForm f, boolean keepBlankId) {
        writeFields(cadre, f, keepBlankId, false);
    }

    private void writeFields(Cadre cadre, ProfileForm f, boolean keepBlankId, boolean withResume) {
        String id = IdentityNumber.normalise(f.getIdNumber());
        cadre.reviseProfile(p -> {
            if (id != null || !keepBlankId) {
                p.setIdNumber(id);
            }
            p.setNativePlace(text(f.getNativePlace()));
            p.setBirthPlace(text(f.getBirthPlace()));
            p.setPartyJoined(f.getPartyJoined());
            p.setWorkStarted(f.getWorkStarted());
            p.setHealth(text(f.getHealth()));
            p.setProfessionalTitle(text(f.getProfessionalTitle()));
            p.setExpertise(text(f.getExpertise()));
            p.setFtEducation(text(f.getFullTimeEducation()));
            p.setFtDegree(text(f.getFullTimeDegree()));
            p.setFtEducationSchool(text(f.getFullTimeEducationSchool()));
            p.setFtDegreeSchool(text(f.getFullTimeDegreeSchool()));
            p.setPtEducation(text(f.getPartTimeEducation()));
            p.setPtDegree(text(f.getPartTimeDegree()));
            p.setPtEducationSchool(text(f.getPartTimeEducationSchool()));
            p.setPtDegreeSchool(text(f.getPartTimeDegreeSchool()));
            p.setCivilRank(f.getCivilRank());
            if (withResume) {
                p.setResumeText(f.getResume() == null || f.getResume().isBlank() ? null
                        : String.join("\n", Resume.lines(f.getResume())));
            }
        });
    }

    void putPhoto(long cadreId, byte[] content, String actor, LocalDateTime now) {
        String type = ProfileChecks.mediaType(content);
        CadrePhoto photo = photos.findById(cadreId).orElseGet(() -> new CadrePhoto(cadreId));
        photo.replace(type, content, actor, now);
        photos.save(photo);
    }

    /** Rows are replaced: the form's order is the table's, and a removed row leaves its trace in the history. */
    private void replaceFamily(long cadreId, List<FamilyMember> rows) {
        family.deleteAll(family.findByCadreIdOrderByRowNo(cadreId));
        int n = 0;
        for (FamilyMember m : rows) {
            family.save(new FamilyMemberRecord(cadreId, n++, m.relation().strip(), m.name().strip(), m.birth(),
                    text(m.politicalStatus()), text(m.workAndPost())));
        }
    }

    /**
     * A year kept keeps its row (regraded if changed); one removed goes; a new one is added. A new or changed
     * grade is published ({@link AnnualGradesRecorded}), so 能上能下 can propose a 下 for a poor one.
     */
    private void replaceGrades(long cadreId, List<GradeEntry> wanted) {
        java.util.Map<Integer, AnnualGradeRecord> held = new java.util.HashMap<>();
        grades.findByCadreIdOrderByYear(cadreId).forEach(g -> held.put(g.getYear(), g));
        for (GradeEntry g : wanted) {
            AnnualGradeRecord row = held.remove(g.year());
            if (row == null) {
                grades.save(new AnnualGradeRecord(cadreId, g.year(), g.grade()));
                events.publishEvent(new AnnualGradesRecorded(cadreId, g.year(), g.grade()));
            } else if (row.getGrade() != g.grade()) {
                row.regrade(g.grade());
                events.publishEvent(new AnnualGradesRecorded(cadreId, g.year(), g.grade()));
            }
        }
        grades.deleteAll(held.values());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
