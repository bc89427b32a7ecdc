package org.cadreportal.cadre.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreProfile;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.LrmxExchange.NewCadres;
import org.cadreportal.cadre.LrmxImportResult;
import org.cadreportal.cadre.LrmxImportResult.FileError;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.cadre.domain.CadreRepository;
import org.cadreportal.security.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Saves an LRMX upload all or nothing. First every file is read and every cadre's save is checked by the
 * registry's own rules without saving (a file's problems named by its elements); only when no file has
 * any problem are the cadres saved, all in the caller's one transaction. A file that says what the
 * registry already holds is not saved at all, so its cadre's version stays.
 */
@Component
@RequiredArgsConstructor
class LrmxImport {

    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final CadreService cadres;
    private final CadreProfileService profiles;
    private final CadreRepository repository;
    private final LrmxProfiles forms;
    private final DataScope scope;
    private final Clock clock;
    private final EntityManager em;

    /** One cadre's save, checked and ready. */
    private record Plan(String file, Long cadreId, int version, CadreForm cadre, boolean cadreChanged,
                        ProfileForm profile, boolean profileChanged) {
    }

    LrmxImportResult run(LrmxCodec.Upload upload, NewCadres newCadres) {
        List<FileError> errors = new ArrayList<>(upload.errors());
        List<Plan> plans = new ArrayList<>();
        // Checking changes nothing, so no query of it needs a flush first. Left at AUTO, every query would
        // dirty-check every cadre, relative and grade the upload's earlier files loaded: quadratic in the files.
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            plan(upload, newCadres, errors, plans);
        } finally {
            em.setFlushMode(flushMode);
        }
        return errors.isEmpty() ? saveAll(plans, errors) : rejected(errors);
    }

    /** Reads every file into the save it asks for, checked by the registry's rules; saves nothing. */
    private void plan(LrmxCodec.Upload upload, NewCadres newCadres, List<FileError> errors, List<Plan> plans) {
        UnitView unit = newCadres.unitId() == null ? null
                : scope.unitInScope(newCadres.unitId()).filter(UnitView::isActive).orElse(null);
        Codes codes = new Codes(CODE_DAY.format(LocalDate.now(clock)));
        for (ParsedLrmx file : upload.files()) {
            if (!file.ok()) {
                continue; // its errors are in the upload's list
            }
            AppointmentRecord p = file.person();
            OptionalLong id = profiles.cadreIdByIdNumber(p.idNumber());
            Plan plan;
            if (id.isPresent()) {
                plan = update(file.file(), id.getAsLong(), p, errors);
            } else if (unit == null || newCadres.rank() == null || newCadres.level() == null
                    || newCadres.category() == null) {
                errors.add(new FileError(file.file(), Lrmx.ID_NUMBER, newCadres.unitId() != null && unit == null
                        ? "lrmx.error.unitOutOfScope" : "lrmx.error.newCadre", List.of()));
                continue;
            } else {
                CadreForm cadre = forms.newCadre(p, newCadres, codes.next(), unit.getName());
                plan = new Plan(file.file(), null, 0, cadre, true, forms.profileForm(p, null, java.util.Optional.empty()),
                        true);
                if (cadre.getEducation() == null) {
                    errors.add(new FileError(file.file(), Lrmx.FULL_TIME + Lrmx.EDUCATION, "lrmx.error.education",
                            List.of()));
                }
            }
            if (plan != null) {
                for (FieldException e : profiles.check(plan.cadreId(), plan.cadre(), plan.profile())) {
                    add(errors, file.file(), e);
                }
                plans.add(plan);
            }
        }
    }

    /** Saves the checked plans, all in the caller's one transaction. */
    private LrmxImportResult saveAll(List<Plan> plans, List<FileError> errors) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Plan plan : plans) {
            try {
                if (plan.cadreId() == null) {
                    profiles.createWithProfile(plan.cadre(), plan.profile());
                    added++;
                } else if (!plan.cadreChanged() && !plan.profileChanged()) {
                    unchanged++;
                } else {
                    save(plan);
                    updated++;
                }
            } catch (FieldException e) {
                add(errors, plan.file(), e);
            } catch (PortalException e) {
                errors.add(new FileError(plan.file(), "", e.messageKey(), java.util.Arrays.asList(e.args())));
            }
        }
        if (!errors.isEmpty()) {
            // Checked above, refused now: another save came between. Nothing of this upload stays.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return rejected(errors);
        }
        return new LrmxImportResult(added, updated, unchanged, List.of());
    }

    private Plan update(String file, long id, AppointmentRecord p, List<FileError> errors) {
        CadreDetails details = cadres.get(id);
        if (details.status() != CadreStatus.ACTIVE) {
            errors.add(new FileError(file, Lrmx.ID_NUMBER, "lrmx.error.retired", List.of()));
            return null;
        }
        CadreProfile current = profiles.profile(id);
        CadreForm cadre = details.form();
        boolean cadreChanged = LrmxProfiles.applyTo(cadre, p);
        // The stored photo is read only if there is one (the profile says), to compare it with the file's.
        ProfileForm profile = forms.profileForm(p, current,
                current.hasPhoto() ? profiles.photo(id) : java.util.Optional.empty());
        return new Plan(file, id, details.version(), cadre, cadreChanged, profile, !forms.sameProfile(current, profile));
    }

    private void save(Plan plan) {
        int version = plan.version();
        if (plan.cadreChanged()) {
            version = cadres.update(plan.cadreId(), version, plan.cadre()).version();
        }
        if (plan.profileChanged()) {
            profiles.saveProfile(plan.cadreId(), version, plan.profile());
        }
    }

    /** Cadre codes the registry does not have yet: L, the day, a running number. */
    private final class Codes {

        private final String day;
        private int last;

        Codes(String day) {
            this.day = day;
        }

        String next() {
            String code;
            do {
                code = "L" + day + "-" + String.format("%04d", ++last);
            } while (repository.existsByCode(code));
            return code;
        }
    }

    private static void add(List<FileError> errors, String file, FieldException e) {
        String element = LrmxFieldNames.element(e.field());
        if (errors.stream().noneMatch(x -> x.file().equals(file) && x.element().equals(element))) {
            errors.add(new FileError(file, element, e.messageKey(), java.util.Arrays.asList(e.args())));
        }
    }

    private static LrmxImportResult rejected(List<FileError> errors) {
        List<FileError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(FileError::file));
        return new LrmxImportResult(0, 0, 0, sorted);
    }
}
