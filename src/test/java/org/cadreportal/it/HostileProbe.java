package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.cadre.RosterImportResult;
import org.cadreportal.testing.AsUser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs one hostile input through a service and judges the outcome: a refusal the user can read (a
 * translated message key, on a field where there is one) and not one row more or less in any table,
 * history tables and step records included.
 */
final class HostileProbe {

    /** Written by readers and background jobs, not by the form under test. */
    private static final Set<String> NOT_COMPARED = Set.of("access_log", "shedlock", "event_publication",
            "event_publication_archive", "outbox_messages", "notices", "notice_digests", "flyway_schema_history");

    private final AsUser as;
    private final JdbcTemplate jdbc;
    private final Set<String> keys;
    private String countQuery;

    HostileProbe(AsUser as, JdbcTemplate jdbc) {
        this.as = as;
        this.jdbc = jdbc;
        this.keys = translationKeys();
    }

    /** Calls {@code work} as {@code user}, expects a readable refusal and no change to any table; returns the key. */
    String refused(String user, Supplier<?> work) {
        Map<String, Long> before = counts();
        Throwable thrown = null;
        Object result = null;
        try {
            result = as.call(user, work);
        } catch (Throwable t) {
            thrown = t;
        }
        Map<String, Long> after = counts();
        if (thrown == null && result instanceof RosterImportResult report && !report.saved()) {
            assertThat(changed(before, after)).as("tables changed by a refused import (half-saved)").isEmpty();
            return rowErrors(report);
        }
        if (thrown == null) {
            fail("expected a refusal, but the service accepted it and returned " + result);
        }
        String outcome = describe(thrown);
        assertThat(changed(before, after)).as("tables changed by a refused input (half-saved)").isEmpty();
        return outcome;
    }

    /** Calls {@code work} as {@code user} and expects it to succeed. */
    <T> T saved(String user, Supplier<T> work) {
        try {
            return as.call(user, work);
        } catch (PortalException | ConstraintViolationException e) {
            throw new AssertionError("expected this input to be accepted, but: " + e, e);
        }
    }

    <T> T as(String user, Supplier<T> work) {
        return as.call(user, work);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** An import's report: every bad cell named, each with a translated reason. */
    private String rowErrors(RosterImportResult report) {
        report.errors().forEach(e -> assertKnown(e.messageKey(), new AssertionError(e.toString())));
        return report.errors().stream().map(e -> e.messageKey() + " @row " + e.row() + " " + e.column()).distinct()
                .limit(3).collect(Collectors.joining(", "));
    }

    /** The readable refusal: a message key found in both the Chinese and the English translations. */
    private String describe(Throwable t) {
        if (t instanceof FieldException f) {
            assertKnown(f.messageKey(), t);
            return f.messageKey() + " @" + f.field();
        }
        if (t instanceof PortalException p) {
            assertKnown(p.messageKey(), t);
            return p.messageKey();
        }
        if (t instanceof ConstraintViolationException c && !c.getConstraintViolations().isEmpty()) {
            // Method validation of a form parameter: each violation carries its field and a message template.
            return c.getConstraintViolations().stream().map(v -> violation(v, t)).sorted()
                    .collect(Collectors.joining(", "));
        }
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return fail("not a readable refusal: " + t.getClass().getName() + "\n" + trace);
    }

    private String violation(ConstraintViolation<?> v, Throwable t) {
        String template = v.getMessageTemplate();
        assertThat(template).as("message template of " + v.getPropertyPath()).startsWith("{").endsWith("}");
        String key = template.substring(1, template.length() - 1);
        assertKnown(key, t);
        String path = v.getPropertyPath().toString();
        return key + " @" + path.substring(path.lastIndexOf('.') + 1);
    }

    private void assertKnown(String key, Throwable t) {
        assertThat(keys).as("message key of " + t + " in translations_zh_CN and translations_en").contains(key);
    }

    private Map<String, Long> counts() {
        if (countQuery == null) {
            List<String> tables = jdbc.queryForList("""
                    select table_name from information_schema.tables
                    where table_schema = database() and table_type = 'BASE TABLE' order by table_name""", String.class)
                    .stream().map(s -> s.toLowerCase(Locale.ROOT)).filter(t -> !NOT_COMPARED.contains(t)).toList();
            countQuery = tables.stream().map(t -> "select '" + t + "' as t, count(*) as n from " + t)
                    .collect(Collectors.joining(" union all "));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(countQuery, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        assertThat(counts).as("tables compared").hasSizeGreaterThan(50);
        return counts;
    }

    private static Set<String> changed(Map<String, Long> before, Map<String, Long> after) {
        Set<String> changed = new TreeSet<>();
        before.forEach((table, n) -> {
            if (!n.equals(after.get(table))) {
                changed.add(table + ": " + n + " -> " + after.get(table));
            }
        });
        return changed;
    }

    private static Set<String> translationKeys() {
        Properties zh = load("vaadin-i18n/translations_zh_CN.properties");
        Properties en = load("vaadin-i18n/translations_en.properties");
        Set<String> both = new TreeSet<>(zh.stringPropertyNames());
        both.retainAll(en.stringPropertyNames());
        return both;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = HostileProbe.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
