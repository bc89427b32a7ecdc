package org.cadreportal.demo;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cadres' mobile numbers, so the reminders of the demo's year reach them as SMS: every cadre has a made-up
 * number (1990 and the id) except the cadres whose id is a multiple of {@value #WITHOUT}, who have none, so the
 * outbox lists their SMS as not sent, with the reason. The demo cadre account's own cadre has 19900000001.
 */
@RequiredArgsConstructor
final class DemoMobiles {

    static final int WITHOUT = 25;

    private final JdbcTemplate jdbc;

    /** @return the cadres given a number */
    int assign() {
        List<Object[]> numbers = jdbc.query("select id from cadres order by id", (rs, n) -> rs.getLong(1)).stream()
                .filter(id -> id % WITHOUT != 0)
                .map(id -> new Object[] {String.format("1990%07d", id % 10_000_000), id}).toList();
        jdbc.batchUpdate("update cadres set mobile = ? where id = ?", numbers);
        // The demo cadre's own account has a number: the outbox's own checks send to it.
        jdbc.update("update cadres set mobile = '19900000001' where id = (select cadre_id from user_accounts"
                + " where username = ?)", DemoAccounts.CADRE);
        return numbers.size();
    }
}
