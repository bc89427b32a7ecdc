package org.cadreportal.cadre.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
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
    @Column(name = "cadre_id")
    @Getter private Long cadreId;

    @Column(name = "media_type", nullable = false, length = 20)
    @Getter private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 1 << 30)
    @Getter private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
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
