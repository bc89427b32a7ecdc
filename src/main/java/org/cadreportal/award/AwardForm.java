package org.cadreportal.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An award or criticism as the clerk enters it. An award needs its type and document number; a
 * criticism has no type and may have a document number.
 */
public class AwardForm {

    @NotNull(message = "{validation.required}")
    private AwardKind kind;

    @NotNull(message = "{validation.required}")
    private Long cadreId;

    private AwardType type;

    @NotNull(message = "{validation.required}")
    private LocalDate decidedOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.length}")
    private String reason;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.length}")
    private String issuedBy;

    @Size(max = 64, message = "{validation.length}")
    private String documentNo;

    public static AwardForm of(AwardRow row) {
        AwardForm f = new AwardForm();
        f.kind = row.kind();
        f.cadreId = row.cadreId();
        f.type = row.type();
        f.decidedOn = row.decidedOn();
        f.reason = row.reason();
        f.issuedBy = row.issuedBy();
        f.documentNo = row.documentNo();
        return f;
    }

    public AwardKind getKind() {
        return kind;
    }

    public void setKind(AwardKind kind) {
        this.kind = kind;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public void setCadreId(Long cadreId) {
        this.cadreId = cadreId;
    }

    public AwardType getType() {
        return type;
    }

    public void setType(AwardType type) {
        this.type = type;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public void setDocumentNo(String documentNo) {
        this.documentNo = documentNo;
    }
}
