package org.cadreportal.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who may open each route and call each service method, as a table per part of the portal. The
 * cells are decided by the test (with Vaadin's and Spring Security's own checkers); this class only
 * holds and prints them, and splices them into {@code docs/security.md} between its two markers.
 */
final class AccessMatrix {

    static final String BEGIN = "<!-- access-matrix:begin -->";
    static final String END = "<!-- access-matrix:end -->";
    static final String ANONYMOUS = "anonymous";
    /** The roles, then a visitor who has not signed in. */
    static final List<String> COLUMNS = columns();

    record RouteRow(String path, Class<?> view, Map<String, Boolean> access) {
    }

    record MethodRow(String feature, String label, Map<String, Boolean> access) {
    }

    private final List<RouteRow> routes;
    private final List<MethodRow> methods;

    AccessMatrix(List<RouteRow> routes, List<MethodRow> methods) {
        this.routes = routes.stream().sorted(Comparator.comparing(RouteRow::path)).toList();
        this.methods = methods.stream()
                .sorted(Comparator.comparing(MethodRow::feature).thenComparing(MethodRow::label)).toList();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Routes (").append(routes.size()).append(")\n\n");
        md.append("| route | view |").append(header(2));
        for (RouteRow r : routes) {
            md.append("| `").append(r.path()).append("` | ").append(r.view().getSimpleName())
                    .append(" |").append(cells(r.access()));
        }
        Map<String, List<MethodRow>> byFeature = new TreeMap<>();
        methods.forEach(m -> byFeature.computeIfAbsent(m.feature(), f -> new ArrayList<>()).add(m));
        md.append("\n### Service methods (").append(methods.size()).append(")\n");
        byFeature.forEach((feature, rows) -> {
            md.append("\n#### ").append(feature).append("\n\n| method |").append(header(1));
            rows.forEach(m -> md.append("| `").append(m.label()).append("` |").append(cells(m.access())));
        });
        return md.toString();
    }

    /** The surfaces × roles table: cells keyed {@code ROLE|surface}, each the record types (or lines) shown. */
    static String surfaceTable(Map<String, String> cells) {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        StringBuilder md = new StringBuilder("| surface |");
        roles.forEach(r -> md.append(' ').append(r).append(" |"));
        md.append("\n|---|").append("---|".repeat(roles.size())).append('\n');
        for (String surface : List.of("timeline", "dashboard", "digest")) {
            md.append("| ").append(surface).append(" |");
            roles.forEach(r -> md.append(' ').append(cells.getOrDefault(r + "|" + surface, "?")).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    /** The document with the matrix between the markers replaced by this one. */
    static String splice(String document, String matrix) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("docs/security.md lacks the markers " + BEGIN + " and " + END);
        }
        return document.substring(0, begin + BEGIN.length()) + "\n" + matrix + document.substring(end);
    }

    private static String header(int leading) {
        StringBuilder h = new StringBuilder();
        COLUMNS.forEach(c -> h.append(' ').append(c).append(" |"));
        h.append("\n|").append("---|".repeat(leading)).append(":-:|".repeat(COLUMNS.size())).append('\n');
        return h.toString();
    }

    private static String cells(Map<String, Boolean> access) {
        StringBuilder row = new StringBuilder();
        COLUMNS.forEach(c -> row.append(' ').append(Boolean.TRUE.equals(access.get(c)) ? "✓" : "–").append(" |"));
        return row.append('\n').toString();
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(Arrays.stream(Role.values()).map(Role::name).toList());
        c.add(ANONYMOUS);
        return List.copyOf(c);
    }
}
