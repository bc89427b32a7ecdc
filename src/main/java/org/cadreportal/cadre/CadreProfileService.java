package org.cadreportal.cadre;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cadreportal.base.FieldException;

/**
 * The 任免审批表 profile of a cadre: read, save (with family members and grades, all or nothing), the
 * photo, and the checks an import runs before saving anything. Every call is limited to the user's data
 * scope; a cadre outside it is missing. Identity number and family are personal data: returned only to
 * roles that may read them ({@link org.cadreportal.audit.AccessTypes#PERSONAL}), each such read logged.
 */
public interface CadreProfileService {

    /** The largest photo taken; the upload field offers the same limit. */
    long PHOTO_MAX_BYTES = 2L * 1024 * 1024;

    /** The profile as this reader may see it; the read of personal data goes to the access log. */
    CadreProfile profile(long cadreId);

    /**
     * Saves the whole profile of an existing cadre (family rows and grades replaced, the photo when the
     * form carries one) if nobody saved the cadre since {@code version}; refuses a stale save.
     *
     * @throws FieldException naming the first bad field (family.2.name, grades.0.year, resume, idNumber, photo)
     */
    CadreProfile saveProfile(long cadreId, int version, @Valid ProfileForm profile);

    /** Registers a cadre with the whole profile at once (the LRMX import's new cadres); nothing saved on error. */
    CadreProfile createWithProfile(@Valid CadreForm cadre, @Valid ProfileForm profile);

    /**
     * Every problem the save would refuse, without saving: for an import that reports all bad files and
     * fields before it saves any. {@code cadreId} null for a new cadre.
     */
    List<FieldException> check(Long cadreId, CadreForm cadre, ProfileForm profile);

    /** The cadre in the user's scope with this identity number, if any (how an LRMX file finds its cadre). */
    OptionalLong cadreIdByIdNumber(String idNumber);

    /** Replaces the photo: JPEG or PNG by content, at most {@link #PHOTO_MAX_BYTES}. */
    void uploadPhoto(long cadreId, byte[] content);

    Optional<AppointmentRecord.Photo> photo(long cadreId);

    /** The 简历 generated from the career records, for the form's "regenerate" button. */
    String generatedResume(long cadreId);
}
