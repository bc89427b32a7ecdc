package org.cadreportal.cadre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/**
 * A cadre's editable profile. The same constraints run in the form (field by field) and again in the
 * service, so nothing invalid is saved by any path.
 */
@Getter
@Setter
public class CadreForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.length}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{validation.cadreCode}")
    private String code = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.length}")
    @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{validation.noMarkup}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    private Gender gender;

    @NotNull(message = "{validation.required}")
    @Past(message = "{validation.past}")
    private LocalDate birthDate;

    @NotBlank(message = "{validation.required}")
    @Size(max = 20, message = "{validation.length}")
    @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{validation.noMarkup}")
    private String ethnicity = "汉族";

    @NotNull(message = "{validation.required}")
    private Party party;

    @NotNull(message = "{validation.required}")
    private Education education;

    @NotNull(message = "{validation.required}")
    private Long unitId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.length}")
    @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{validation.noMarkup}")
    private String postTitle = "";

    @NotNull(message = "{validation.required}")
    private CadreRank rank;

    @NotNull(message = "{validation.required}")
    private ManagementLevel level;

    @NotNull(message = "{validation.required}")
    private CadreCategory category;
}
