package org.cadreportal.cadre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A cadre's editable profile. The same constraints run in the form (field by field) and again in the
 * service, so nothing invalid is saved by any path.
 */
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public Party getParty() {
        return party;
    }

    public void setParty(Party party) {
        this.party = party;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPostTitle() {
        return postTitle;
    }

    public void setPostTitle(String postTitle) {
        this.postTitle = postTitle;
    }

    public CadreRank getRank() {
        return rank;
    }

    public void setRank(CadreRank rank) {
        this.rank = rank;
    }

    public ManagementLevel getLevel() {
        return level;
    }

    public void setLevel(ManagementLevel level) {
        this.level = level;
    }

    public CadreCategory getCategory() {
        return category;
    }

    public void setCategory(CadreCategory category) {
        this.category = category;
    }
}
