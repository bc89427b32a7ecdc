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
 * Small classes (ARCHITECTURE): a source file over 400 physical lines has grown more than one job and
 * should be split along a seam of the domain, into a collaborator named for what it does. The demo
 * data is exempt: it is a long list, not logic.
 */
class NoClassOver400LinesTest {

    private static final int LIMIT = 400;

    @Test
    void noSourceFileOutsideDemoIsOver400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String path = file.toString().replace('\\', '/');
                if (path.contains("/org/cadreportal/demo/")) {
                    continue;
                }
                long lines;
                try (Stream<String> content = Files.lines(file)) {
                    lines = content.count();
                }
                if (lines > LIMIT) {
                    tooLong.add(path + ": " + lines + " lines");
                }
            }
        }
        assertThat(tooLong).as("source files over " + LIMIT + " lines outside the demo package").isEmpty();
    }
}
