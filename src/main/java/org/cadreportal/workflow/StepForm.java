package org.cadreportal.workflow;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.cadreportal.base.NamesForm;
import org.cadreportal.security.Role;

/** What an administrator may change on a step. The form a step shows is fixed by its case type. */
@Getter
@Setter
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
}
