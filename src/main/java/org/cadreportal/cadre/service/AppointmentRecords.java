package org.cadreportal.cadre.service;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.domain.FamilyMemberRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.CadreProfile;
import org.cadreportal.cadre.FamilyMember;
import org.cadreportal.cadre.GradeEntry;
import org.cadreportal.cadre.Resume;
import org.cadreportal.cadre.RewardLines;
import org.cadreportal.cadre.domain.AnnualGradeRepository;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadrePhotoRepository;
import org.cadreportal.cadre.domain.CareerRecord;
import org.cadreportal.cadre.domain.CareerRecordRepository;
import org.cadreportal.cadre.domain.FamilyMemberRepository;
import org.cadreportal.cadre.domain.PersonalProfile;
import org.cadreportal.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * Reads a cadre's profile and 任免审批表 for a cadre already found in the reader's scope: personal data only
 * for a reader allowed it ({@link AccessTypes#PERSONAL}), that read logged; 奖惩 from every
 * {@link RewardLines} source; the 简历 as edited or generated from the career.
 */
@Component
@RequiredArgsConstructor
class AppointmentRecords {

    private final CareerRecordRepository careers;
    private final FamilyMemberRepository family;
    private final AnnualGradeRepository grades;
    private final CadrePhotoRepository photos;
    private final List<RewardLines> rewardSources;
    private final AccessLog accessLog;
    private final CurrentUsers users;
    private final Clock clock;

    /** The 简历 lines generated from the career records, oldest first, the current one open-ended. */
    String generatedResume(long cadreId) {
        return String.join("\n", careers.findByCadreIdOrderByStartDateDescIdDesc(cadreId).reversed().stream()
                .sorted(Comparator.comparing(CareerRecord::getStartDate))
                .map(c -> Resume.line(YearMonth.from(c.getStartDate()),
                        c.getEndDate() == null ? null : YearMonth.from(c.getEndDate()),
                        AppointmentRecord.post(c.getUnitName(), c.getPostTitle())))
                .toList());
    }

    /** Whether this reader sees personal data; if so, the read is logged. */
    boolean personalRead(Cadre cadre) {
        if (!RecordAccess.mayOpen(AccessTypes.PERSONAL)) {
            return false;
        }
        accessLog.read(AccessTypes.PERSONAL, cadre.getId(), cadre.getCode() + " " + cadre.getName());
        return true;
    }

    CadreProfile profile(Cadre c) {
        return profile(c, photos.hasPhoto(c.getId()));
    }

    /** The profile, whether the cadre has a photo being known already (the 任免审批表 loads the photo anyway). */
    private CadreProfile profile(Cadre c, boolean hasPhoto) {
        boolean personal = personalRead(c);
        PersonalProfile p = c.getProfile();
        String edited = p.getResumeText();
        List<FamilyMember> relatives = personal ? family.findByCadreIdOrderByRowNo(c.getId()).stream()
                .map(FamilyMemberRecord::row).toList() : List.of();
        return new CadreProfile(c.getId(), c.getVersion(), c.getName(), c.getGender(), c.getBirthDate(), personal,
                personal ? p.getIdNumber() : null, p.getNativePlace(), p.getBirthPlace(), p.getPartyJoined(),
                p.getWorkStarted(), p.getHealth(), p.getProfessionalTitle(), p.getExpertise(), fullTime(p), partTime(p),
                p.getCivilRank(), edited != null ? edited : generatedResume(c.getId()), edited != null, relatives,
                grades(c.getId()), hasPhoto);
    }

    List<GradeEntry> grades(long cadreId) {
        return grades.findByCadreIdOrderByYear(cadreId).stream().map(g -> new GradeEntry(g.getYear(), g.getGrade()))
                .toList();
    }

    AppointmentRecord record(Cadre c) {
        Optional<AppointmentRecord.Photo> photo = photos.findById(c.getId())
                .map(ph -> new AppointmentRecord.Photo(ph.getContent(), ph.getMediaType()));
        CadreProfile p = profile(c, photo.isPresent());
        LocalDate today = LocalDate.now(clock);
        List<String> rewards = rewardSources.stream().flatMap(s -> s.linesFor(c.getId()).stream()).toList();
        return new AppointmentRecord(c.getId(), c.getName(), c.getGender(), c.getBirthDate(), c.getEthnicity(),
                s(p.nativePlace()), s(p.birthPlace()), p.partyJoined(), p.workStarted(), s(p.health()),
                s(p.professionalTitle()), s(p.expertise()), p.fullTime(), p.partTime(),
                AppointmentRecord.post(c.getUnit().getName(), c.getPostTitle()), "", "", Resume.lines(p.resume()), rewards,
                p.grades().stream().map(g -> g.grade().resultLine(g.year())).toList(), "", "",
                p.family().stream().map(FamilyMember::toRelative).toList(), photo.orElse(null),
                p.personalShown() ? s(p.idNumber()) : "", today, today,
                users.current().map(u -> u.displayName()).orElse(""));
    }

    private static AppointmentRecord.Schooling fullTime(PersonalProfile p) {
        return new AppointmentRecord.Schooling(s(p.getFtEducation()), s(p.getFtDegree()), s(p.getFtEducationSchool()),
                s(p.getFtDegreeSchool()));
    }

    private static AppointmentRecord.Schooling partTime(PersonalProfile p) {
        return new AppointmentRecord.Schooling(s(p.getPtEducation()), s(p.getPtDegree()), s(p.getPtEducationSchool()),
                s(p.getPtDegreeSchool()));
    }

    private static String s(String text) {
        return text == null ? "" : text;
    }
}
