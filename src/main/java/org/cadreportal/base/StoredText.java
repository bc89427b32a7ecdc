package org.cadreportal.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Text the portal writes for later display (a notice, a step detail, a timeline line, a drill-down
 * detail) is kept as a translation key with its arguments, {@code key|arg1|arg2}, and translated when
 * shown, so each reader reads his own language (ARCHITECTURE rule 11). A {@code |} or {@code \} inside
 * an argument is escaped with {@code \}; an argument that is itself a known key is translated too. A
 * stored value that is not such a text (written before keys were stored, or typed by a user) is shown
 * as it is. Several lines are translated one by one.
 */
public final class StoredText {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");

    private StoredText() {
    }

    public static String of(String key, Object... args) {
        StringBuilder s = new StringBuilder(key);
        for (Object a : args) {
            s.append('|').append(String.valueOf(a == null ? "" : a).replace("\\", "\\\\").replace("|", "\\|")
                    .replace('\n', ' '));
        }
        return s.toString();
    }

    /**
     * @param translate gives the text of a key with its arguments in the reader's language, or
     *                  {@code null} when the key is unknown
     */
    public static String show(String stored, BiFunction<String, Object[], String> translate) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }
        if (stored.indexOf('\n') >= 0) {
            List<String> lines = new ArrayList<>();
            for (String line : stored.split("\n", -1)) {
                lines.add(show(line, translate));
            }
            return String.join("\n", lines);
        }
        List<String> parts = split(stored);
        if (!KEY.matcher(parts.getFirst()).matches()) {
            return stored;
        }
        Object[] args = parts.subList(1, parts.size()).stream().map(a -> argument(a, translate)).toArray();
        String shown = translate.apply(parts.getFirst(), args);
        return shown == null ? stored : shown;
    }

    /** As {@link #show(String, BiFunction)} with Spring's message source, whose unknown keys give null. */
    public static String show(String stored, org.springframework.context.MessageSource messages, Locale locale) {
        return show(stored, (key, args) -> messages.getMessage(key, args.length == 0 ? null : args, null, locale));
    }

    private static Object argument(String arg, BiFunction<String, Object[], String> translate) {
        if (!KEY.matcher(arg).matches()) {
            return arg;
        }
        String shown = translate.apply(arg, new Object[0]);
        return shown == null ? arg : shown;
    }

    private static List<String> split(String stored) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\\' && i + 1 < stored.length()) {
                part.append(stored.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
