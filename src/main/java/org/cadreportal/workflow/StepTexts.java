package org.cadreportal.workflow;

import org.cadreportal.base.FieldException;

/** Free text a step takes (a reason, an opinion, notes): stripped, within its length, plain. */
public final class StepTexts {

    private StepTexts() {
    }

    /** Required text, stripped; refused on {@code field} when blank or too long. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new FieldException(field, "validation.required");
        }
        return text;
    }

    /** What a form's text field holds, stripped: null when blank (a step input's records store it so). */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Optional text: null when blank, refused when too long or holding control characters. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new FieldException(field, "validation.tooLong", max);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new FieldException(field, "validation.controlChars");
        }
        return text;
    }
}
