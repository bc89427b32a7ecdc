package org.cadreportal.cadre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;

/** One row of 家庭主要成员及重要社会关系: 称谓, 姓名, 出生年月 (may be unknown), 政治面貌, 工作单位及职务. */
public record FamilyMember(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.length}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{validation.noMarkup}") String relation,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.length}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{validation.noMarkup}") String name,
        YearMonth birth,
        @Size(max = 30, message = "{validation.length}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{validation.noMarkup}") String politicalStatus,
        @Size(max = 200, message = "{validation.length}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{validation.noMarkup}") String workAndPost) {

    /** As the shared 任免审批表 record carries it. */
    public AppointmentRecord.Relative toRelative() {
        return new AppointmentRecord.Relative(relation, name, birth, politicalStatus == null ? "" : politicalStatus,
                workAndPost == null ? "" : workAndPost);
    }
}
