package org.cadreportal.archive;

/** The cadre's part in what was done: 牵头 (led), 参与 (took part), 分管 (in charge of the area). */
public enum WorkRole {
    LEAD, TAKE_PART, IN_CHARGE;

    public String labelKey() {
        return "workRole." + name();
    }
}
