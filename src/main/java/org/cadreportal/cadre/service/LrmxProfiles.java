package org.cadreportal.cadre.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.AppointmentRecord.Photo;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreProfile;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.FamilyMember;
import org.cadreportal.cadre.GradeEntry;
import org.cadreportal.cadre.LrmxExchange.NewCadres;
import org.cadreportal.cadre.Party;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.cadre.Resume;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An LRMX person as the registry's forms: the profile form (for a cadre the registry has, what the file
 * says replaces the profile; what LRMX does not carry, 职级 and the recorded grades, stays), the
 * registry's own fields (name, sex, birth date, 民族), and for a new cadre the rest of its registration
 * from the clerk's choices. A 简历 equal to the one generated from the career stays generated, and a photo
 * equal to the stored one is not stored again, so that a file exported and imported back changes nothing.
 */
@Component
@RequiredArgsConstructor
class LrmxProfiles {

    private static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern YEAR = Pattern.compile("(\\d{4}).*");

    private final MessageSource messages;

    ProfileForm profileForm(AppointmentRecord p, CadreProfile current, Optional<Photo> storedPhoto) {
        ProfileForm f = new ProfileForm();
        f.setIdNumber(blankToNull(p.idNumber()));
        f.setNativePlace(blankToNull(p.nativePlace()));
        f.setBirthPlace(blankToNull(p.birthPlace()));
        f.setPartyJoined(p.partyJoined());
        f.setWorkStarted(p.workStarted());
        f.setHealth(blankToNull(p.health()));
        f.setProfessionalTitle(blankToNull(p.professionalTitle()));
        f.setExpertise(blankToNull(p.expertise()));
        f.setFullTimeEducation(blankToNull(p.fullTime().education()));
        f.setFullTimeDegree(blankToNull(p.fullTime().degree()));
        f.setFullTimeEducationSchool(blankToNull(p.fullTime().educationSchool()));
        f.setFullTimeDegreeSchool(blankToNull(p.fullTime().degreeSchool()));
        f.setPartTimeEducation(blankToNull(p.partTime().education()));
        f.setPartTimeDegree(blankToNull(p.partTime().degree()));
        f.setPartTimeEducationSchool(blankToNull(p.partTime().educationSchool()));
        f.setPartTimeDegreeSchool(blankToNull(p.partTime().degreeSchool()));
        f.setFamily(new ArrayList<>(p.family().stream().map(r -> new FamilyMember(r.relation(), r.name(), r.birth(),
                blankToNull(r.politicalStatus()), blankToNull(r.workAndPost()))).toList()));
        boolean generated = current != null && !current.resumeEdited()
                && Resume.lines(current.resume()).equals(p.resumeLines());
        f.setResume(generated || p.resumeLines().isEmpty() ? null : String.join("\n", p.resumeLines()));
        if (current != null) {
            f.setCivilRank(current.civilRank());
            f.setGrades(new ArrayList<>(current.grades()));
        } else {
            f.setGrades(new ArrayList<>(grades(p.annualResults())));
        }
        boolean samePhoto = p.photo() != null && storedPhoto.map(s -> Arrays.equals(s.bytes(), p.photo().bytes()))
                .orElse(false);
        f.setPhoto(p.photo() == null || samePhoto ? null : p.photo().bytes());
        return f;
    }

    /** Whether saving {@code form} would change nothing of {@code current}. */
    boolean sameProfile(CadreProfile current, ProfileForm form) {
        return form.getPhoto() == null && key(current.toForm()).equals(key(form));
    }

    /** The registry's fields of a cadre it has, as the file gives them; the rest as it is. */
    static boolean applyTo(CadreForm registry, AppointmentRecord p) {
        boolean changed = !Objects.equals(registry.getName(), p.name()) || registry.getGender() != p.gender()
                || !Objects.equals(registry.getBirthDate(), p.birthDate())
                || !Objects.equals(registry.getEthnicity(), p.ethnicity());
        registry.setName(p.name());
        registry.setGender(p.gender());
        registry.setBirthDate(p.birthDate());
        registry.setEthnicity(p.ethnicity());
        return changed;
    }

    /** A new cadre's registration: what the file says, and where and what the clerk chose. */
    CadreForm newCadre(AppointmentRecord p, NewCadres choice, String code, String unitName) {
        CadreForm f = new CadreForm();
        f.setCode(code);
        f.setName(p.name());
        f.setGender(p.gender());
        f.setBirthDate(p.birthDate());
        f.setEthnicity(p.ethnicity());
        f.setParty(p.partyJoined() != null ? Party.CPC_MEMBER : Party.NONE);
        f.setEducation(education(p).orElse(null));
        f.setUnitId(choice.unitId());
        String post = p.currentPost();
        f.setPostTitle(unitName != null && post.startsWith(unitName) && post.length() > unitName.length()
                ? post.substring(unitName.length()) : post);
        f.setRank(choice.rank());
        f.setLevel(choice.level());
        f.setCategory(choice.category());
        return f;
    }

    /**
     * The highest 学历 the file names, full-time or part-time, by the words the form uses for each level;
     * within one box the 专科 words are tried before the 本科 ones ("大学专科" is not 大学本科).
     */
    Optional<Education> education(AppointmentRecord p) {
        return java.util.stream.Stream.of(p.fullTime().education(), p.partTime().education())
                .map(this::educationOf).flatMap(Optional::stream).min(java.util.Comparator.naturalOrder());
    }

    private Optional<Education> educationOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Education e : List.of(Education.POSTGRADUATE, Education.COLLEGE, Education.UNIVERSITY, Education.SECONDARY)) {
            String words = messages.getMessage("lrmx.educationWords." + e.name(), null, FILE_LOCALE);
            if (Arrays.stream(words.split(",")).map(String::strip).anyMatch(w -> !w.isEmpty() && text.contains(w))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** 年度考核结果 lines as the form prints recorded grades ("2024年度考核优秀"); other lines are not grades. */
    static List<GradeEntry> grades(List<String> lines) {
        List<GradeEntry> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = YEAR.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            for (AnnualGrade g : AnnualGrade.values()) {
                if (g.resultLine(year).equals(line.strip()) && out.stream().noneMatch(e -> e.year() == year)) {
                    out.add(new GradeEntry(year, g));
                }
            }
        }
        return out;
    }

    private static List<Object> key(ProfileForm f) {
        return Arrays.asList(s(f.getIdNumber()), s(f.getNativePlace()), s(f.getBirthPlace()), f.getPartyJoined(),
                f.getWorkStarted(), s(f.getHealth()), s(f.getProfessionalTitle()), s(f.getExpertise()),
                s(f.getFullTimeEducation()), s(f.getFullTimeDegree()), s(f.getFullTimeEducationSchool()),
                s(f.getFullTimeDegreeSchool()), s(f.getPartTimeEducation()), s(f.getPartTimeDegree()),
                s(f.getPartTimeEducationSchool()), s(f.getPartTimeDegreeSchool()), f.getCivilRank(),
                s(f.getResume()), f.getFamily().stream().map(FamilyMember::toRelative).toList(), f.getGrades());
    }

    private static String s(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
