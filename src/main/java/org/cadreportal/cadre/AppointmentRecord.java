package org.cadreportal.cadre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything a 干部任免审批表 (and its LRMX exchange file) carries for one cadre, as the registry and,
 * for a case, the 能上能下 procedure know it. The PDF, the Word file and the LRMX file are all written from
 * this one record, so the three always say the same. Personal data (identity number, family members) are
 * only in it for a reader allowed to see them (the read is logged); for others those fields are empty, never
 * guessed. The photo is shown to all staff who may open the cadre, as on the cadre page.
 *
 * @param proposedPost     拟任职务 (a case fills it; empty for a plain cadre form)
 * @param proposedRemoval  拟免职务
 * @param reason           任免理由
 * @param reportingUnit    呈报单位
 * @param resumeLines      简历, one line per stretch: "YYYY.MM--YYYY.MM  单位及职务" (the last "YYYY.MM--" open)
 * @param rewards          奖惩情况, one line per 记功奖励 or 公开批评, oldest first; empty list means "无"
 * @param annualResults    年度考核结果, one line per year, e.g. "2024年度考核优秀", oldest first
 */
public record AppointmentRecord(
        long cadreId, String name, Gender gender, LocalDate birthDate, String ethnicity, String nativePlace,
        String birthPlace, YearMonth partyJoined, YearMonth workStarted, String health, String professionalTitle,
        String expertise, Schooling fullTime, Schooling partTime, String currentPost, String proposedPost,
        String proposedRemoval, List<String> resumeLines, List<String> rewards, List<String> annualResults,
        String reason, String reportingUnit, List<Relative> family, Photo photo, String idNumber,
        LocalDate ageOn, LocalDate filledOn, String filledBy) {

    /**
     * A post as the form names it, with its unit (现任, 拟免: "市卫生健康委员会党组成员、副主任"); a title
     * already written with its unit is not given the unit twice.
     */
    public static String post(String unitName, String postTitle) {
        String title = postTitle == null ? "" : postTitle;
        return unitName == null || title.startsWith(unitName) ? title : unitName + title;
    }

    /** One kind of education (全日制教育 or 在职教育): 学历, 学位 and the school and major of each. */
    public record Schooling(String education, String degree, String educationSchool, String degreeSchool) {
        public static final Schooling NONE = new Schooling("", "", "", "");
    }

    /** 家庭主要成员及重要社会关系: 称谓, 姓名, 出生年月 (may be unknown), 政治面貌, 工作单位及职务. */
    public record Relative(String relation, String name, YearMonth birth, String politicalStatus, String workAndPost) {
    }

    /** The photo as stored: JPEG or PNG bytes (checked by content on upload) and its media type. */
    public record Photo(byte[] bytes, String mediaType) {
    }

    /** Age in whole years on {@link #ageOn} (the form's 计算年龄时间), as the form prints it next to the birth month. */
    public int age() {
        return java.time.Period.between(birthDate, ageOn).getYears();
    }
}
