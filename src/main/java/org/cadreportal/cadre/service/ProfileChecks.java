package org.cadreportal.cadre.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.FamilyMember;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.GradeEntry;
import org.cadreportal.cadre.IdentityNumber;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.cadre.Resume;
import org.cadreportal.cadre.domain.CadreRepository;
import org.springframework.stereotype.Component;

/**
 * The profile's rules beyond single fields, each problem named by the field the form shows it on:
 * the identity number (format, check character, the birth date and sex it encodes, unique), the 简历 line
 * format, one grade per year and none for a year not yet over, months not in the future, and the photo's
 * content. The same list serves the form's save and an import's dry run.
 */
@Component
@RequiredArgsConstructor
class ProfileChecks {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final CadreRepository cadres;
    private final Validator validator;

    /** Bean Validation of the form (for callers that did not come through a validated service method). */
    List<FieldException> constraints(Object form) {
        List<FieldException> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(form)) {
            found.add(new FieldException(v.getPropertyPath().toString().replaceAll("\\[(\\d+)]", ".$1")
                    .replace(".<list element>", ""), key(v.getMessageTemplate())));
        }
        return found;
    }

    /** Every problem of the profile of a cadre ({@code cadreId} null: not yet registered) born as given. */
    List<FieldException> problems(Long cadreId, LocalDate birthDate, Gender gender, ProfileForm f, LocalDate today) {
        List<FieldException> found = new ArrayList<>();
        String id = IdentityNumber.normalise(f.getIdNumber());
        if (id != null) {
            IdentityNumber.problem(id, birthDate, gender)
                    .ifPresent(key -> found.add(new FieldException("idNumber", key)));
            boolean taken = cadreId == null ? cadres.existsByProfileIdNumber(id)
                    : cadres.existsByProfileIdNumberAndIdNot(id, cadreId);
            if (taken) {
                found.add(new FieldException("idNumber", "cadre.error.idNumberTaken"));
            }
        }
        YearMonth now = YearMonth.from(today);
        notFuture(found, "partyJoined", f.getPartyJoined(), now);
        notFuture(found, "workStarted", f.getWorkStarted(), now);
        if (birthDate != null && f.getWorkStarted() != null && f.getWorkStarted().isBefore(YearMonth.from(birthDate))) {
            found.add(new FieldException("workStarted", "cadre.error.beforeBirth"));
        }
        if (birthDate != null && f.getPartyJoined() != null && f.getPartyJoined().isBefore(YearMonth.from(birthDate))) {
            found.add(new FieldException("partyJoined", "cadre.error.beforeBirth"));
        }
        if (f.getResume() != null && !f.getResume().isBlank()) {
            Resume.firstBadLine(f.getResume()).ifPresent(line -> found.add(new FieldException("resume",
                    "cadre.error.resumeLine", line, f.getResume().lines().skip(line - 1L).findFirst().orElse("").strip())));
        }
        List<FamilyMember> family = f.getFamily() == null ? List.of() : f.getFamily();
        for (int i = 0; i < family.size(); i++) {
            if (family.get(i) == null) {
                found.add(new FieldException("family." + i, "validation.required"));
            } else {
                notFuture(found, "family." + i + ".birth", family.get(i).birth(), now);
            }
        }
        Set<Integer> years = new HashSet<>();
        List<GradeEntry> grades = f.getGrades() == null ? List.of() : f.getGrades();
        for (int i = 0; i < grades.size(); i++) {
            GradeEntry g = grades.get(i);
            if (g == null) {
                found.add(new FieldException("grades." + i, "validation.required"));
            } else if (!years.add(g.year())) {
                found.add(new FieldException("grades." + i + ".year", "cadre.error.gradeYearTwice", g.year()));
            } else if (g.year() > today.getYear()) {
                found.add(new FieldException("grades." + i + ".year", "cadre.error.gradeYearOpen", g.year()));
            }
        }
        if (f.getPhoto() != null) {
            photoProblem(f.getPhoto()).ifPresent(found::add);
        }
        return found;
    }

    /** The media type of an acceptable photo, or the refusal. */
    static String mediaType(byte[] content) {
        java.util.Optional<FieldException> problem = photoProblem(content);
        if (problem.isPresent()) {
            throw problem.get();
        }
        return startsWith(content, PNG) ? "image/png" : "image/jpeg";
    }

    static java.util.Optional<FieldException> photoProblem(byte[] content) {
        if (content.length > CadreProfileService.PHOTO_MAX_BYTES) {
            return java.util.Optional.of(new FieldException("photo", "cadre.error.photoTooBig",
                    CadreProfileService.PHOTO_MAX_BYTES / 1024 / 1024));
        }
        if (!startsWith(content, JPEG) && !startsWith(content, PNG)) {
            return java.util.Optional.of(new FieldException("photo", "cadre.error.photoType"));
        }
        return java.util.Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length + 8) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static void notFuture(List<FieldException> found, String field, YearMonth month, YearMonth now) {
        if (month != null && month.isAfter(now)) {
            found.add(new FieldException(field, "validation.notFuture"));
        }
        if (month != null && month.getYear() < 1900) {
            found.add(new FieldException(field, "validation.dateRange", 1900, now));
        }
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }
}
