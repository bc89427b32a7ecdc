package org.cadreportal.cadre.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CadrePhotoRepository extends JpaRepository<CadrePhoto, Long> {

    /** Whether the cadre has a photo, without loading the image. */
    @Query("select count(p) > 0 from CadrePhoto p where p.cadreId = :cadreId")
    boolean hasPhoto(long cadreId);
}
