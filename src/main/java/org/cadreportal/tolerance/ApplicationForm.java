package org.cadreportal.tolerance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.cadreportal.workflow.NewAttachment;

/**
 * 申请: what a clerk registers for an application. The cadre must be in the clerk's scope; the
 * application belongs to the cadre's unit. At least one item of the 免责减责清单 is named.
 */
@Getter
public class ApplicationForm {

    @NotNull(message = "{validation.required}")
    @Setter private Long cadreId;

    @NotNull(message = "{validation.required}")
    @Setter private ApplicantType applicantType;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.length}")
    @Setter private String matter;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    @Setter private String description;

    @NotNull(message = "{validation.required}")
    @Setter private Long categoryId;

    private Set<Long> exemptionIds = new HashSet<>();

    /** The number of a related case (an accusation or adjustment case), if any. */
    @Size(max = 64, message = "{validation.length}")
    @Setter private String linkedCaseNo;

    private List<NewAttachment> attachments = new ArrayList<>();

    public void setExemptionIds(Set<Long> exemptionIds) {
        this.exemptionIds = exemptionIds == null ? new HashSet<>() : new HashSet<>(exemptionIds);
    }

    public void setAttachments(List<NewAttachment> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
    }
}
