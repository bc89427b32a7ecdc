package org.cadreportal.workflow;

/**
 * One value recorded at a step, kept with its step record as it was on that day. {@code labelKey}
 * names the field; when {@code translate} is set, {@code value} is itself a translation key (an enum
 * such as a vote), otherwise it is shown as written.
 */
public record StepDetail(String labelKey, String value, boolean translate) {

    public static StepDetail text(String labelKey, Object value) {
        return new StepDetail(labelKey, value == null ? "" : value.toString(), false);
    }

    public static StepDetail key(String labelKey, String valueKey) {
        return new StepDetail(labelKey, valueKey, true);
    }
}
