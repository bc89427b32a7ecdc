package org.cadreportal.testing;

import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.WorkRole;

/** A 实绩 entry as the tests file it: at 县（区）级, under 日常工作, the cadre leading, with the texts given. */
public final class EntryForms {

    private EntryForms() {
    }

    public static EntryForm lead(long periodId, long fieldId, String whatDone, String achieved, String effect) {
        EntryForm f = new EntryForm();
        f.setPeriodId(periodId);
        f.setFieldId(fieldId);
        f.setLevelId(24L);
        f.setCategoryId(42L);
        f.setRole(WorkRole.LEAD);
        f.setWhatDone(whatDone);
        f.setAchieved(achieved);
        f.setEffect(effect);
        return f;
    }
}
