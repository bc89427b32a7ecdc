package org.cadreportal.cadre;

/**
 * 职级: the civil-service rank (公务员职务与职级并行规定, 2019), highest first. It stands beside the
 * 职务层次 ({@link CadreRank}: 正处级 …), which says the level of the post held; a cadre may have both.
 */
public enum CivilRank {
    INSPECTOR_1("一级巡视员"), INSPECTOR_2("二级巡视员"),
    RESEARCHER_1("一级调研员"), RESEARCHER_2("二级调研员"), RESEARCHER_3("三级调研员"), RESEARCHER_4("四级调研员"),
    PRINCIPAL_STAFF_1("一级主任科员"), PRINCIPAL_STAFF_2("二级主任科员"), PRINCIPAL_STAFF_3("三级主任科员"),
    PRINCIPAL_STAFF_4("四级主任科员"), STAFF_1("一级科员"), STAFF_2("二级科员");

    private final String officialName;

    CivilRank(String officialName) {
        this.officialName = officialName;
    }

    /** The name as forms and exchange files print it. */
    public String officialName() {
        return officialName;
    }

    public String labelKey() {
        return "civilRank." + name();
    }
}
