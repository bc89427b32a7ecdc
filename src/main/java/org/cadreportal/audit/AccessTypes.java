package org.cadreportal.audit;

import java.util.List;

/**
 * The record types the access log stores, one name per kind of record a user can open by id or export.
 * The stored names predate some of the types (实绩档案 was logged as ARCHIVE), so they stay as they are:
 * a renamed type would split one record's history across two filter values.
 */
public final class AccessTypes {

    public static final String CADRE = "CADRE";
    public static final String ARCHIVE_ENTRY = "ARCHIVE";
    /** An evidence file or a step attachment, by the attachment's own id. */
    public static final String ATTACHMENT = "ATTACHMENT";
    public static final String ADJUSTMENT_CASE = "ADJUSTMENT";
    public static final String ACCUSATION_CASE = "ACCUSATION";
    public static final String TOLERANCE_APPLICATION = "TOLERANCE";
    public static final String DISCIPLINE_RECORD = "DISCIPLINE";
    public static final String SUPERVISION_ITEM = "SUPERVISION";
    public static final String AWARD = "AWARD";
    public static final String INSPECTION = "INSPECTION";
    /**
     * A cadre's personal data (身份证号, 家庭主要成员): part of the cadre's page, read only by the roles that need
     * it, each read logged under the cadre's id.
     */
    public static final String PERSONAL = "PERSONAL";
    /** The records behind a dashboard figure, or a chart's table, exported. */
    public static final String DASHBOARD = "DASHBOARD";

    /**
     * A 干部任免审批表 printed (PDF or Word), by the cadre's id: it carries personal data (family, photo), so
     * it has a rule of its own, narrower than the cadre's page.
     */
    public static final String APPOINTMENT_FORM = "APPOINTMENT_FORM";

    /** A user account: sign-ins, sign-outs and password changes (the id is the account's, none for a made-up name). */
    public static final String ACCOUNT = "ACCOUNT";

    /** In the order the access log's type filter offers them. */
    public static final List<String> ALL = List.of(CADRE, ARCHIVE_ENTRY, ATTACHMENT, ADJUSTMENT_CASE,
            ACCUSATION_CASE, TOLERANCE_APPLICATION, DISCIPLINE_RECORD, SUPERVISION_ITEM, AWARD, INSPECTION, DASHBOARD,
            ACCOUNT, PERSONAL, APPOINTMENT_FORM);

    private AccessTypes() {
    }
}
