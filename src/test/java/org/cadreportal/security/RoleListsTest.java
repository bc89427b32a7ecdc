package org.cadreportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may do something is written in one place: a list of two or more roles appears once in the code (as a
 * named role set in {@code org.cadreportal.security.roles}, or once where only one method needs it), and
 * every other place names the set.
 */
class RoleListsTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern ROLES_ALLOWED = Pattern.compile("@RolesAllowed\\s*\\(([^)]*)\\)");

    @Test
    void noListOfRolesIsWrittenOutTwice() throws IOException {
        Map<String, List<String>> placesOfList = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ROLES_ALLOWED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    List<String> roles = Arrays.stream(m.group(1).replaceAll("[{}\\s\"]", "").split(","))
                            .filter(r -> !r.isEmpty()).map(r -> r.replace("AppRoles.", "")).sorted().toList();
                    if (roles.size() > 1) {
                        placesOfList.computeIfAbsent(String.join(", ", roles), k -> new ArrayList<>())
                                .add(SOURCES.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(placesOfList).as("role lists found").isNotEmpty();
        Map<String, List<String>> repeated = placesOfList.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(repeated).as("role lists written out more than once: name a set in org.cadreportal.security.roles")
                .isEmpty();
    }
}
