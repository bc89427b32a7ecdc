package org.cadreportal.cadre.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreProfile;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.IdentityNumber;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadrePhotoRepository;
import org.cadreportal.cadre.domain.CadreRepository;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class CadreProfileServiceImpl implements CadreProfileService {

    private final CadreRepository cadres;
    private final CadrePhotoRepository photos;
    private final ProfileChecks checks;
    private final ProfileWriter writer;
    private final CadreWriter cadreWriter;
    private final AppointmentRecords records;
    private final DataScope scope;
    private final AccessLog accessLog;
    private final CurrentUsers users;
    private final Clock clock;

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public CadreProfile profile(long cadreId) {
        return records.profile(loadInScope(cadreId));
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public CadreProfile saveProfile(long cadreId, int version, ProfileForm profile) {
        Cadre cadre = cadres.findForUpdate(cadreId).filter(c -> scope.covers(c.getUnit()))
                .orElseGet(() -> loadInScope(cadreId));
        cadre.checkVersion(version);
        firstProblem(checks.problems(cadreId, cadre.getBirthDate(), cadre.getGender(), profile, today()));
        if (sameLines(profile.getResume(), records.generatedResume(cadreId))) {
            // What the career gives anyway (an LRMX file written from it, say): it keeps following the career.
            profile.setResume(null);
        }
        writer.write(cadre, profile, actor(), now());
        VersionedEntity.saveAndFlush(cadres, cadre);
        return records.profile(cadre);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public CadreProfile createWithProfile(CadreForm form, ProfileForm profile) {
        CadreRules.normalise(form);
        List<FieldException> found = cadreProblems(form);
        found.addAll(checks.problems(null, form.getBirthDate(), form.getGender(), profile, today()));
        firstProblem(found);
        UnitView unit = scope.unitInScope(form.getUnitId()).filter(UnitView::isActive).orElseThrow();
        Cadre cadre = cadreWriter.create(form, unit, today());
        writer.write(cadre, profile, actor(), now());
        cadres.saveAndFlush(cadre);
        return records.profile(cadre);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    @Transactional(readOnly = true)
    public List<FieldException> check(Long cadreId, CadreForm form, ProfileForm profile) {
        List<FieldException> found = new ArrayList<>(checks.constraints(profile));
        if (cadreId == null) {
            CadreRules.normalise(form);
            found.addAll(checks.constraints(form));
            found.addAll(cadreProblems(form));
            found.addAll(checks.problems(null, form.getBirthDate(), form.getGender(), profile, today()));
        } else {
            Cadre cadre = loadInScope(cadreId);
            found.addAll(checks.problems(cadreId, cadre.getBirthDate(), cadre.getGender(), profile, today()));
        }
        return found;
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    @Transactional(readOnly = true)
    public OptionalLong cadreIdByIdNumber(String idNumber) {
        String number = IdentityNumber.normalise(idNumber);
        if (number == null) {
            return OptionalLong.empty();
        }
        return cadres.findByProfileIdNumber(number).filter(c -> scope.covers(c.getUnit()))
                .map(c -> OptionalLong.of(c.getId())).orElse(OptionalLong.empty());
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public void uploadPhoto(long cadreId, byte[] content) {
        Cadre cadre = loadInScope(cadreId);
        if (cadre.getStatus() != org.cadreportal.cadre.CadreStatus.ACTIVE) {
            throw new org.cadreportal.base.PortalException("cadre.error.retired");
        }
        writer.putPhoto(cadreId, content, actor(), now());
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public Optional<AppointmentRecord.Photo> photo(long cadreId) {
        loadInScope(cadreId);
        return photos.findById(cadreId).map(p -> new AppointmentRecord.Photo(p.getContent(), p.getMediaType()));
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public String generatedResume(long cadreId) {
        loadInScope(cadreId);
        return records.generatedResume(cadreId);
    }

    /** The 任免审批表 of a cadre in scope; {@link org.cadreportal.cadre.CadreService#appointmentRecord} calls it. */
    AppointmentRecord appointmentRecord(long cadreId) {
        return records.record(loadInScope(cadreId));
    }

    /** What the registry's own create would refuse: ethnicity, birth date (age), a code or unit not allowed. */
    private List<FieldException> cadreProblems(CadreForm form) {
        List<FieldException> found = new ArrayList<>();
        try {
            CadreRules.check(form, today());
        } catch (FieldException e) {
            found.add(e);
        }
        if (form.getCode() != null && cadres.existsByCode(form.getCode())) {
            found.add(new FieldException("code", "cadre.error.codeTaken", form.getCode()));
        }
        if (scope.unitInScope(form.getUnitId()).filter(UnitView::isActive).isEmpty()) {
            found.add(new FieldException("unitId", "cadre.error.unitOutOfScope"));
        }
        return found;
    }

    /** Whether two 简历 texts have the same lines, however the white space between dates and text runs. */
    private static boolean sameLines(String a, String b) {
        if (a == null || a.isBlank()) {
            return false;
        }
        java.util.function.Function<String, List<String>> norm = t -> org.cadreportal.cadre.Resume.lines(t).stream()
                .map(l -> l.strip().replaceAll("[\\s\u3000]+", " ")).toList();
        return norm.apply(a).equals(norm.apply(b));
    }

    private static void firstProblem(List<FieldException> found) {
        if (!found.isEmpty()) {
            throw found.getFirst();
        }
    }

    /** Outside the user's scope is the same as not there, and the attempt is logged. */
    private Cadre loadInScope(long id) {
        return accessLog.visible(AccessTypes.CADRE, id, cadres.findWithUnitById(id), c -> scope.covers(c.getUnit()));
    }

    private String actor() {
        return users.require().username();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
