package org.cadreportal.base;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cadreportal.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module table of {@code docs/architecture.md} is what Spring Modulith finds in the code: each module, what
 * its package-info says it is for, and the modules it uses. Run with {@code -Darchitecture.doc.write=true} to
 * rewrite the table instead of comparing.
 */
// No Spring, no shared state: runs beside the view tests (pom.xml, surefire).
@Execution(ExecutionMode.CONCURRENT)
class ArchitectureDocTest {

    private static final Path DOCUMENT = Path.of("docs", "architecture.md");
    private static final String BEGIN = "<!-- modules:begin -->";
    private static final String END = "<!-- modules:end -->";

    @Test
    void theModuleTableOfTheArchitecturePageIsTheCodes() throws IOException {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        StringBuilder table = new StringBuilder("| module | what it is for | uses |\n|---|---|---|\n");
        modules.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(m -> table
                .append("| `").append(m.getName()).append("` | ").append(purpose(m)).append(" | ")
                .append(m.getDirectDependencies(modules).uniqueModules().map(d -> "`" + d.getName() + "`").sorted()
                        .collect(Collectors.joining(", ")))
                .append(" |\n"));
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            fail("docs/architecture.md needs the markers " + BEGIN + " and " + END);
        }
        String current = document.substring(0, begin + BEGIN.length()) + "\n" + table + document.substring(end);
        if (Boolean.getBoolean("architecture.doc.write")) {
            Files.writeString(DOCUMENT, current, StandardCharsets.UTF_8);
        } else if (!current.equals(document)) {
            fail("docs/architecture.md's module table is out of date with the code. Regenerate it: ./mvnw -q "
                    + "test-compile surefire:test -Dtest=ArchitectureDocTest -Darchitecture.doc.write=true");
        }
    }

    /** The first sentence of the module's package-info, on one line. */
    private static String purpose(ApplicationModule module) {
        Path info = Path.of("src", "main", "java", module.getBasePackage().getName().replace('.', '/'),
                "package-info.java");
        try {
            String text = Files.readString(info, StandardCharsets.UTF_8);
            Matcher doc = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL).matcher(text);
            if (!doc.find()) {
                return "";
            }
            String plain = doc.group(1).replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ").strip()
                    .replaceAll("\\{@\\w+ ([^}]*)}", "$1").replace("|", "/");
            int stop = plain.indexOf(". ");
            return stop < 0 ? plain : plain.substring(0, stop + 1);
        } catch (IOException e) {
            return "";
        }
    }
}
