package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's own stylesheets are well formed. A rule left unclosed (a merge once dropped three closing braces)
 * makes the browser read every later rule as nested in it, so the 讨论决定 head and the styles after it silently
 * stopped applying. The sheets nest rules only in at-rules ({@code @media}), so a rule opened inside a plain
 * rule is one left open.
 */
class StylesheetsTest {

    @Test
    void everyRuleInThePortalsStylesheetsIsClosed() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("frontend/styles"))) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        List<String> faults = new ArrayList<>();
        for (Path sheet : sheets) {
            faults.addAll(faults(sheet, Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "")));
        }
        assertThat(faults).isEmpty();
    }

    private static List<String> faults(Path sheet, String css) {
        List<String> faults = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder prelude = new StringBuilder();
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                String selector = prelude.toString().strip();
                if (!open.isEmpty() && !open.peek().startsWith("@")) {
                    faults.add(sheet + " line " + line + ": '" + selector + "' opens inside '" + open.peek()
                            + "', which was never closed");
                }
                open.push(selector);
                prelude.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    faults.add(sheet + " line " + line + ": a closing brace without its rule");
                } else {
                    open.pop();
                }
                prelude.setLength(0);
            } else if (c == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        open.forEach(rule -> faults.add(sheet + ": '" + rule + "' is never closed"));
        return faults;
    }
}
