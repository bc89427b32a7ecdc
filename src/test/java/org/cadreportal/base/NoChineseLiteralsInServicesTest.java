package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text a service or an entity writes is a message key with arguments, translated for each reader
 * (ARCHITECTURE rule 11): a Chinese string literal in service/ or domain/ code (demo data aside) would
 * reach the English UI untranslated. Comments may say what they like.
 */
class NoChineseLiteralsInServicesTest {

    @Test
    void noServiceOrDomainCodeWritesAChineseLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/cadreportal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = file.toString().replace('\\', '/');
                if (path.contains("/demo/") || !(path.contains("/service/") || path.contains("/domain/"))) {
                    continue;
                }
                for (String literal : literals(Files.readString(file))) {
                    if (literal.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        found.add(path + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("Chinese string literals in service/ or domain/ code").isEmpty();
    }

    /** String and char literals (text blocks included) of a source, its comments skipped. */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? n : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) < 0 ? n : source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                out.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder s = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != c) {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        s.append(source.charAt(i));
                        i++;
                    }
                    s.append(source.charAt(i));
                    i++;
                }
                out.add(s.toString());
                i++;
            } else {
                i++;
            }
        }
        return out;
    }

    @Test
    void theScannerSeesLiteralsButNotComments() {
        assertThat(literals("// \"注释\"\n/* \"注释\" */ String a = \"汉字\" + 'x';"))
                .containsExactly("汉字", "x");
    }
}
