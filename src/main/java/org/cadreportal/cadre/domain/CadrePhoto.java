package org.cadreportal.cadre.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * A cadre's photo (JPEG or PNG, checked by content before it gets here). Not audited: a new photo
 * replaces the old, and the history tables would only hold images nobody reads.
 */
@Entity
@Table(name = "cadre_photos")
public class CadrePhoto {

    @Id
    @Getter private Long cadreId;

    @Getter private String mediaType;

    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Getter private byte[] content;

    private String uploadedBy;

    private LocalDateTime uploadedAt;

    protected CadrePhoto() {
    }

    public CadrePhoto(long cadreId) {
        this.cadreId = cadreId;
    }

    public void replace(String mediaType, byte[] content, String by, LocalDateTime at) {
        this.mediaType = mediaType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }
}
