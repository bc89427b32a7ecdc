package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.HttpVisitor;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22 item 13 over raw HTTP: a record that does not exist and a record of another unit answer the same
 * 404 page with the same text; a record in scope answers 200.
 */
class NotFoundStatusIT extends LiveTest {

    private static final String NOT_FOUND_TEXT = "您要找的页面或记录不存在，或您无权查看。";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void missingAndOutOfScopeRecordsAnswer404WithTheSamePage() throws Exception {
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        long outside = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where u.path not like concat(?, '%')""", Long.class, county);
        long inside = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where u.path like concat(?, '%')""", Long.class, county);
        HttpVisitor countyClerk = new HttpVisitor(baseUrl());
        assertThat(HttpVisitor.signedIn(countyClerk.login(DemoAccounts.COUNTY_CLERK, DemoAccounts.PASSWORD))).isTrue();

        HttpResponse<String> own = countyClerk.get("cadre/" + inside);
        HttpResponse<String> missing = countyClerk.get("cadre/99999999");
        HttpResponse<String> otherUnit = countyClerk.get("cadre/" + outside);

        assertThat(own.statusCode()).as("a cadre of the clerk's own county").isEqualTo(200);
        assertThat(text(own)).doesNotContain(NOT_FOUND_TEXT).contains(name(inside));
        assertThat(missing.statusCode()).as("an id no cadre has").isEqualTo(404);
        assertThat(otherUnit.statusCode()).as("a cadre of another unit").isEqualTo(404);
        assertThat(text(missing)).contains(NOT_FOUND_TEXT);
        assertThat(text(otherUnit)).contains(NOT_FOUND_TEXT);
        assertThat(text(otherUnit)).doesNotContain(name(outside));
    }

    private String name(long cadreId) {
        return jdbc.queryForObject("select name from cadres where id = ?", String.class, cadreId);
    }

    /** The page as sent: its first render travels as JSON, where Chinese may come \\u-escaped. */
    private static String text(HttpResponse<String> r) {
        StringBuilder out = new StringBuilder();
        String s = r.body();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
