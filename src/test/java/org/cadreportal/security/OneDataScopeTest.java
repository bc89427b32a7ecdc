package org.cadreportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user's data scope is worked out in one place, {@link DataScope}: a feature that resolved the scope
 * unit's path itself, or compared a unit's path with it by hand, would be a copy free to drift from the rule
 * (another unit's record is missing, and the attempt logged). Views may still read the scope unit's id to
 * fill a unit picker; they never decide what a user may see.
 */
class OneDataScopeTest {

    /** Computing the scope path: a scopePath() of one's own, or looking up the acting user's scope unit. */
    private static final Pattern OWN_SCOPE = Pattern.compile(
            "\\bscopePath\\s*\\(|(require|current)\\(\\)[\\s.]*(map\\([^)]*)?scopeUnitId\\(\\)"
                    + "|(getPath|path)\\(\\)\\.startsWith\\(\\s*scope");

    /** Mapping the units table again instead of joining to the one read-only UnitView. */
    private static final Pattern UNIT_MAPPING = Pattern.compile("@Table\\(\\s*name\\s*=\\s*\"units\"");

    @Test
    void onlyDataScopeWorksOutAUsersScope() throws IOException {
        assertThat(offenders(OWN_SCOPE, "security/DataScope.java", "/ui/"))
                .as("scope paths computed outside DataScope").isEmpty();
    }

    @Test
    void theUnitsTableHasOneReadOnlyMappingBesideTheOrganisations() throws IOException {
        assertThat(offenders(UNIT_MAPPING, "base/domain/UnitView.java", "org/domain/Unit.java"))
                .as("further entities mapping the units table").isEmpty();
    }

    private static List<String> offenders(Pattern pattern, String... exempt) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/cadreportal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = file.toString().replace('\\', '/');
                if (Stream.of(exempt).anyMatch(path::contains)) {
                    continue;
                }
                var m = pattern.matcher(withoutComments(Files.readString(file)));
                while (m.find()) {
                    found.add(path + ": " + m.group());
                }
            }
        }
        return found;
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
