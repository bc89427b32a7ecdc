package org.cadreportal.base;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.beans.BeanUtils;

/**
 * The one rule every form's input meets before a service acts on it, whatever the form: text without
 * control characters (tab and line breaks aside), direction overrides or broken surrogate pairs, and
 * dates within {@link #EARLIEST} to {@link #LATEST}. Refused, not cleaned: the user sees which field and
 * why, and what is saved is exactly what was typed. {@link PlainInputGuard} applies it to every service
 * call that writes; an import applies it to each row.
 */
public final class PlainInput {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** Forms nest lists of records (milestones, allegations, files); deeper is not a form. */
    private static final int MAX_DEPTH = 4;

    private PlainInput() {
    }

    /**
     * Checks a value a form handed over: a text, a date, or a form (bean or record of this application)
     * and what it holds, lists included.
     *
     * @throws FieldException on the property that breaks the rule, named as the form names it
     */
    public static void check(String field, Object value) {
        walk(field, value, 0);
    }

    private static void walk(String field, Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        switch (value) {
            case CharSequence text -> text(field, text);
            case LocalDate date -> date(field, date);
            case Collection<?> items -> items.forEach(item -> walk(field, item, depth + 1));
            case Map<?, ?> map -> map.values().forEach(item -> walk(field, item, depth + 1));
            default -> form(value, depth);
        }
    }

    private static void form(Object value, int depth) {
        Class<?> type = value.getClass();
        if (type.isEnum() || !type.getPackageName().startsWith("org.cadreportal")) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                walk(c.getName(), read(c.getAccessor(), value), depth + 1);
            }
            return;
        }
        for (PropertyDescriptor p : BeanUtils.getPropertyDescriptors(type)) {
            if (p.getReadMethod() != null && !"class".equals(p.getName())) {
                walk(p.getName(), read(p.getReadMethod(), value), depth + 1);
            }
        }
    }

    private static Object read(Method accessor, Object target) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static void text(String field, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!allowed(text, i, c)) {
                throw new FieldException(field, "validation.controlChars");
            }
        }
    }

    private static boolean allowed(CharSequence text, int i, char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isISOControl(c)) {
            return false;
        }
        // Embeddings, overrides and isolates make "exe.pdf" read as "fdp.exe" and reorder what follows.
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return false;
        }
        // A lone half of a surrogate pair has no character to store; the database would keep a "?".
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }

    private static void date(String field, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new FieldException(field, "validation.dateRange", EARLIEST, LATEST);
        }
    }
}
