package org.cadreportal.cadre;

import org.cadreportal.base.Labelled;

/**
 * 职级: the civil-service rank (公务员职务与职级并行规定, 2019), highest first. It stands beside the
 * 职务层次 ({@link CadreRank}: 正处级 …), which says the level of the post held; a cadre may have both.
 */
public enum CivilRank implements Labelled {
    INSPECTOR_1, INSPECTOR_2,
    RESEARCHER_1, RESEARCHER_2, RESEARCHER_3, RESEARCHER_4,
    PRINCIPAL_STAFF_1, PRINCIPAL_STAFF_2, PRINCIPAL_STAFF_3,
    PRINCIPAL_STAFF_4, STAFF_1, STAFF_2;

    /** The name as forms and exchange files print it. */
    public String officialName() {
        return chinese();
    }

    @Override
    public String labelPrefix() {
        return "civilRank.";
    }
}
