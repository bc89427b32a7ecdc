package org.cadreportal.workflow;

import java.util.List;
import java.util.Locale;

/** A procedure with its steps in order (ordinals 1..n). */
public record ProcedureDefinition(long id, String code, String nameZh, String nameEn, List<StepDefinition> steps) {

    public StepDefinition step(int ordinal) {
        if (ordinal < 1 || ordinal > steps.size()) {
            throw new IllegalArgumentException("No step " + ordinal + " in " + code);
        }
        return steps.get(ordinal - 1);
    }

    public int size() {
        return steps.size();
    }

    public boolean isLast(int ordinal) {
        return ordinal == steps.size();
    }

    /** The first step using a form, e.g. the one that holds the vote; -1 if none does. */
    public int ordinalOf(String form) {
        return steps.stream().filter(s -> s.form().equals(form)).mapToInt(StepDefinition::ordinal).findFirst()
                .orElse(-1);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
