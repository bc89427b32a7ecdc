package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.HttpVisitor;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22 item 13 over raw HTTP, signed in: a record that does not exist, a record of another unit, an address
 * no page has and a page the role may not open all answer 404 with the same not-found page (the same words);
 * a record in scope answers 200 with the record. A visitor not signed in is sent to sign in, for an unknown
 * address as for a record.
 */
class NotFoundStatusIT extends LiveTest {

    private static final String NOT_FOUND_TEXT = "您要找的页面或记录不存在，或您无权查看。";
    private static final Pattern TEXT = Pattern.compile("\"key\":\"text\",\"feat\":\\d+,\"value\":\"([^\"]*)\"");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void missingOutOfScopeAndUnknownAddressesAnswer404WithTheSamePage() throws Exception {
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        long outside = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where u.path not like concat(?, '%')""", Long.class, county);
        long inside = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where u.path like concat(?, '%')""", Long.class, county);
        long missingId = jdbc.queryForObject("select max(id) + 1000 from cadres", Long.class);
        HttpVisitor countyClerk = new HttpVisitor(baseUrl());
        assertThat(HttpVisitor.signedIn(countyClerk.login(DemoAccounts.COUNTY_CLERK, DemoAccounts.PASSWORD))).isTrue();

        HttpResponse<String> own = countyClerk.get("cadre/" + inside);
        HttpResponse<String> missing = countyClerk.get("cadre/" + missingId);
        HttpResponse<String> otherUnit = countyClerk.get("cadre/" + outside);
        HttpResponse<String> unknown = countyClerk.get("no-such-page/42");
        HttpResponse<String> forbidden = countyClerk.get("admin/users");
        HttpResponse<String> missingCase = countyClerk.get("adjustment/" + Long.MAX_VALUE);
        HttpResponse<String> missingItem = countyClerk.get("supervision/item/" + Long.MAX_VALUE);
        long plan = jdbc.queryForObject("select min(id) from assessment_plans", Long.class);
        List<HttpResponse<String>> malformed = List.of(countyClerk.get("assessment/abc/scores"),
                countyClerk.get("assessment/99999999999999999999/library"),
                countyClerk.get("assessment/" + plan + "/unit/abc"));

        assertThat(own.statusCode()).as("a cadre of the clerk's own county").isEqualTo(200);
        assertThat(text(own)).doesNotContain(NOT_FOUND_TEXT).contains(name(inside));
        assertThat(missing.statusCode()).as("an id no cadre has").isEqualTo(404);
        assertThat(otherUnit.statusCode()).as("a cadre of another unit").isEqualTo(404);
        assertThat(unknown.statusCode()).as("an address no page has").isEqualTo(404);
        assertThat(text(missing)).contains(NOT_FOUND_TEXT);
        assertThat(text(otherUnit)).contains(NOT_FOUND_TEXT).doesNotContain(name(outside));
        assertThat(text(unknown)).contains(NOT_FOUND_TEXT);
        assertThat(forbidden.statusCode()).as("a page the clerk's role may not open").isEqualTo(404);
        assertThat(text(forbidden)).contains(NOT_FOUND_TEXT);
        assertThat(missingCase.statusCode()).as("a 能上能下 case no one has").isEqualTo(404);
        assertThat(missingItem.statusCode()).as("a 督办 item no one has").isEqualTo(404);
        assertThat(words(otherUnit)).as("another unit's cadre reads exactly like a missing one")
                .contains("页面不存在", NOT_FOUND_TEXT, "返回首页")
                .isEqualTo(words(missing)).isEqualTo(words(unknown)).isEqualTo(words(forbidden))
                .isEqualTo(words(missingCase)).isEqualTo(words(missingItem));
        assertThat(malformed).as("an assessment address whose id is not a number, or too large for one")
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(404);
                    assertThat(words(r)).isEqualTo(words(missing));
                });

        HttpVisitor visitor = new HttpVisitor(baseUrl());
        HttpResponse<String> visitorUnknown = visitor.get("no-such-page/42");
        HttpResponse<String> visitorRecord = visitor.get("cadre/" + inside);
        assertThat(visitorUnknown.statusCode()).as("a visitor is sent to sign in, whatever the address")
                .isEqualTo(visitorRecord.statusCode()).isBetween(300, 399);
        assertThat(visitorUnknown.headers().firstValue("Location").orElse("")).endsWith("login");
    }

    private String name(long cadreId) {
        return jdbc.queryForObject("select name from cadres where id = ?", String.class, cadreId);
    }

    /** Every text the first render shows, in the order sent (the layout's and the page's). */
    private static List<String> words(HttpResponse<String> r) {
        return TEXT.matcher(text(r)).results().map(m -> m.group(1)).toList();
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
