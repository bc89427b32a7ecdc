package org.cadreportal.demo;

import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the cadres written by JDBC their first Envers revision ("created by system"), so the History
 * tab of a demo cadre starts with its creation and later edits show only what changed.
 */
final class DemoHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void recordCreation() {
        long rev = new SequenceIds(jdbc, "revinfo_seq").next();
        jdbc.update("insert into revinfo (id, rev_timestamp, username) values (?, ?, ?)", rev, clock.millis(),
                DemoDataLoader.SYSTEM_USER);
        jdbc.update("""
                insert into cadres_aud (id, rev, revtype, cadre_code, name, gender, birth_date, ethnicity, party,
                    education, unit_id, post_title, cadre_rank, management_level, category, status, retired_on,
                    retire_reason)
                select id, ?, 0, cadre_code, name, gender, birth_date, ethnicity, party, education, unit_id,
                    post_title, cadre_rank, management_level, category, status, retired_on, retire_reason
                from cadres""", rev);
        jdbc.update("""
                insert into career_records_aud (id, rev, revtype, cadre_id, start_date, end_date, unit_name,
                    post_title, cadre_rank)
                select id, ?, 0, cadre_id, start_date, end_date, unit_name, post_title, cadre_rank
                from career_records""", rev);
    }
}
