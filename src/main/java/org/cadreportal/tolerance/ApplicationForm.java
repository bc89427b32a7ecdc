package org.cadreportal.tolerance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cadreportal.workflow.NewAttachment;

/**
 * 申请: what a clerk registers for an application. The cadre must be in the clerk's scope; the
 * application belongs to the cadre's unit. At least one item of the 免责减责清单 is named.
 */
public class ApplicationForm {

    @NotNull(message = "{validation.required}")
    private Long cadreId;

    @NotNull(message = "{validation.required}")
    private ApplicantType applicantType;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.length}")
    private String matter;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    private String description;

    @NotNull(message = "{validation.required}")
    private Long categoryId;

    private Set<Long> exemptionIds = new HashSet<>();

    /** The number of a related case (an accusation or adjustment case), if any. */
    @Size(max = 64, message = "{validation.length}")
    private String linkedCaseNo;

    private List<NewAttachment> attachments = new ArrayList<>();

    public Long getCadreId() {
        return cadreId;
    }

    public void setCadreId(Long cadreId) {
        this.cadreId = cadreId;
    }

    public ApplicantType getApplicantType() {
        return applicantType;
    }

    public void setApplicantType(ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Set<Long> getExemptionIds() {
        return exemptionIds;
    }

    public void setExemptionIds(Set<Long> exemptionIds) {
        this.exemptionIds = exemptionIds == null ? new HashSet<>() : new HashSet<>(exemptionIds);
    }

    public String getLinkedCaseNo() {
        return linkedCaseNo;
    }

    public void setLinkedCaseNo(String linkedCaseNo) {
        this.linkedCaseNo = linkedCaseNo;
    }

    public List<NewAttachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<NewAttachment> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
    }
}
