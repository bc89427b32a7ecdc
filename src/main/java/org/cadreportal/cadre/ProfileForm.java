package org.cadreportal.cadre;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * The part of a cadre's profile that only the 干部任免审批表 needs, as a form edits it and the LRMX import
 * fills it. Bean Validation runs in the form and again in the service, which adds the rules across
 * fields (identity number against birth date and gender, the 简历 line format, one grade per year, the
 * photo's content). Texts may be empty; the service stores empty as null.
 */
@Getter
@Setter
public class ProfileForm {

    static final String NO_MARKUP = "[^<>\\p{Cntrl}]*";

    /** 身份证号; checked against the birth date and gender (and for its check character) by the service. */
    @Size(max = 18, message = "{validation.length}")
    private String idNumber;

    /** 籍贯. */
    @Size(max = 50, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String nativePlace;

    /** 出生地. */
    @Size(max = 50, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String birthPlace;

    /** 入党时间; none for a cadre outside the party. */
    private YearMonth partyJoined;

    /** 参加工作时间. */
    @NotNull(message = "{validation.required}")
    private YearMonth workStarted;

    /** 健康状况. */
    @Size(max = 50, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String health;

    /** 专业技术职务. */
    @Size(max = 100, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String professionalTitle;

    /** 熟悉专业有何专长. */
    @Size(max = 200, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String expertise;

    /** 全日制教育: 学历. */
    @Size(max = 50, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String fullTimeEducation;

    /** 全日制教育: 学位. */
    @Size(max = 50, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String fullTimeDegree;

    /** 全日制教育: 学历's 毕业院校系及专业. */
    @Size(max = 200, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String fullTimeEducationSchool;

    /** 全日制教育: 学位's 毕业院校系及专业. */
    @Size(max = 200, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String fullTimeDegreeSchool;

    /** 在职教育: 学历. */
    @Size(max = 50, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String partTimeEducation;

    /** 在职教育: 学位. */
    @Size(max = 50, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String partTimeDegree;

    /** 在职教育: 学历's 毕业院校系及专业. */
    @Size(max = 200, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String partTimeEducationSchool;

    /** 在职教育: 学位's 毕业院校系及专业. */
    @Size(max = 200, message = "{validation.length}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.noMarkup}")
    private String partTimeDegreeSchool;

    /** 职级; none when the cadre has none. */
    private CivilRank civilRank;

    /** 简历 as the clerk edited it, in the {@link Resume} format; null or blank: generated from the career records. */
    @Size(max = Resume.MAX_CHARS, message = "{validation.length}")
    private String resume;

    /** 家庭主要成员及重要社会关系, in the form's order. */
    @NotNull(message = "{validation.required}")
    @Size(max = 30, message = "{validation.length}")
    private List<@Valid FamilyMember> family = new ArrayList<>();

    /** recorded 年度考核 results, one per year. */
    @NotNull(message = "{validation.required}")
    @Size(max = 60, message = "{validation.length}")
    private List<@Valid GradeEntry> grades = new ArrayList<>();

    /** a new photo (JPEG or PNG); null keeps the one stored. */
    private byte[] photo;
}
