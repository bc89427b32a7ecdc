package org.cadreportal.cadre.service;

/**
 * The roster's columns, in sheet order. Template, export and import all read this one list, so a
 * downloaded export can be edited and imported back.
 */
enum RosterColumn {
    CODE("roster.col.code"),
    NAME("roster.col.name"),
    GENDER("roster.col.gender"),
    BIRTH_DATE("roster.col.birthDate"),
    ETHNICITY("roster.col.ethnicity"),
    PARTY("roster.col.party"),
    EDUCATION("roster.col.education"),
    UNIT_CODE("roster.col.unitCode"),
    UNIT_NAME("roster.col.unitName"),
    POST("roster.col.post"),
    RANK("roster.col.rank"),
    LEVEL("roster.col.level"),
    CATEGORY("roster.col.category");

    final String labelKey;

    RosterColumn(String labelKey) {
        this.labelKey = labelKey;
    }
}
