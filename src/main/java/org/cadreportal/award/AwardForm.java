package org.cadreportal.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/**
 * An award or criticism as the clerk enters it. An award needs its type and document number; a
 * criticism has no type and may have a document number.
 */
@Getter
@Setter
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
}
