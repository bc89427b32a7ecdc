package org.cadreportal.workflow;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.cadreportal.base.NamesForm;
import org.cadreportal.security.Role;

/** What an administrator may change on a step. The form a step shows is fixed by its case type. */
public class StepForm extends NamesForm {

    @NotNull(message = "{validation.required}")
    private Role role;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.number}")
    @Max(value = 730, message = "{validation.number}")
    private Integer timeLimitDays;

    private boolean opinionRequired;

    private boolean attachmentRequired;

    public static StepForm of(StepDefinition s) {
        StepForm f = new StepForm();
        f.setNameZh(s.nameZh());
        f.setNameEn(s.nameEn());
        f.role = s.role();
        f.timeLimitDays = s.timeLimitDays();
        f.opinionRequired = s.opinionRequired();
        f.attachmentRequired = s.attachmentRequired();
        return f;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Integer getTimeLimitDays() {
        return timeLimitDays;
    }

    public void setTimeLimitDays(Integer timeLimitDays) {
        this.timeLimitDays = timeLimitDays;
    }

    public boolean isOpinionRequired() {
        return opinionRequired;
    }

    public void setOpinionRequired(boolean opinionRequired) {
        this.opinionRequired = opinionRequired;
    }

    public boolean isAttachmentRequired() {
        return attachmentRequired;
    }

    public void setAttachmentRequired(boolean attachmentRequired) {
        this.attachmentRequired = attachmentRequired;
    }
}
