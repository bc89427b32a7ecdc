package org.cadreportal.cadre.service;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LRMX element a registry form field comes from, so that a refusal of the registry's own checks
 * (an identity number already taken, a 简历 line out of format, a relative's birth month in the future)
 * names the element of the file, as the file's own errors do.
 */
final class LrmxFieldNames {

    private static final Pattern FAMILY = Pattern.compile("family\\.(\\d+)(?:\\.(\\w+))?");

    private static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("name", Lrmx.NAME), Map.entry("gender", Lrmx.GENDER), Map.entry("birthDate", Lrmx.BIRTH),
            Map.entry("ethnicity", Lrmx.ETHNICITY), Map.entry("postTitle", Lrmx.CURRENT_POST),
            Map.entry("idNumber", Lrmx.ID_NUMBER), Map.entry("nativePlace", Lrmx.NATIVE_PLACE),
            Map.entry("birthPlace", Lrmx.BIRTH_PLACE), Map.entry("partyJoined", Lrmx.PARTY_JOINED),
            Map.entry("workStarted", Lrmx.WORK_STARTED), Map.entry("health", Lrmx.HEALTH),
            Map.entry("professionalTitle", Lrmx.TITLE), Map.entry("expertise", Lrmx.EXPERTISE),
            Map.entry("fullTimeEducation", Lrmx.FULL_TIME + Lrmx.EDUCATION),
            Map.entry("fullTimeDegree", Lrmx.FULL_TIME + Lrmx.DEGREE),
            Map.entry("fullTimeEducationSchool", Lrmx.FULL_TIME + Lrmx.EDUCATION_SCHOOL),
            Map.entry("fullTimeDegreeSchool", Lrmx.FULL_TIME + Lrmx.DEGREE_SCHOOL),
            Map.entry("partTimeEducation", Lrmx.PART_TIME + Lrmx.EDUCATION),
            Map.entry("partTimeDegree", Lrmx.PART_TIME + Lrmx.DEGREE),
            Map.entry("partTimeEducationSchool", Lrmx.PART_TIME + Lrmx.EDUCATION_SCHOOL),
            Map.entry("partTimeDegreeSchool", Lrmx.PART_TIME + Lrmx.DEGREE_SCHOOL),
            Map.entry("resume", Lrmx.RESUME), Map.entry("family", Lrmx.FAMILY), Map.entry("photo", Lrmx.PHOTO),
            Map.entry("relation", Lrmx.RELATION), Map.entry("birth", Lrmx.RELATIVE_BIRTH),
            Map.entry("politicalStatus", Lrmx.POLITICAL_STATUS), Map.entry("workAndPost", Lrmx.WORK_AND_POST));

    private LrmxFieldNames() {
    }

    /** The element for a form field ("family.1.name" is the second member's XingMing); empty for none. */
    static String element(String field) {
        if (field == null) {
            return "";
        }
        Matcher m = FAMILY.matcher(field);
        if (m.matches()) {
            String item = Lrmx.FAMILY + "/" + Lrmx.ITEM + "[" + (Integer.parseInt(m.group(1)) + 1) + "]";
            String leaf = m.group(2) == null ? null : "name".equals(m.group(2)) ? Lrmx.RELATIVE_NAME : ELEMENTS.get(m.group(2));
            return leaf == null ? item : item + "/" + leaf;
        }
        if (field.startsWith("grades")) {
            return Lrmx.ANNUAL_RESULTS;
        }
        return ELEMENTS.getOrDefault(field, "");
    }
}
