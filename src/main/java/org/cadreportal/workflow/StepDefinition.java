package org.cadreportal.workflow;

import java.util.Locale;
import org.cadreportal.security.Role;

/**
 * One step of a procedure as configured: who acts on it, how many days it may take, which form the
 * case type shows for it, and whether an opinion or an attachment is required to complete it.
 */
public record StepDefinition(long id, int version, long procedureId, int ordinal, String code, String nameZh,
                             String nameEn, Role role, int timeLimitDays, String form, boolean opinionRequired,
                             boolean attachmentRequired) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
