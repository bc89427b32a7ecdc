package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.EventType;
import org.cadreportal.assessment.EvidenceSource;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB with the demo city: the events 政绩考核 adds or deducts points for (记功奖励, red lights, interviews)
 * are counted per assessed unit over its whole subtree and the year, as plain counts over the rows say: the city
 * holds every one of the year's events, a leaf unit only its own, and a unit asked for nothing gets nothing.
 */
class EvidenceCountsIT extends LiveTest {

    @Autowired
    List<EvidenceSource> sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theCityCountsEveryAwardOfTheYearAndALeafUnitOnlyItsOwn() {
        int year = busiestYear("decided_on", "from award_records where kind = 'AWARD'");
        long city = root();
        long all = sql("select count(*) from award_records where kind = 'AWARD' and year(decided_on) = ?", year);
        assertThat(all).as("demo awards in %s", year).isPositive();

        Map<Long, Map<EventType, Integer>> counts = source(EventType.AWARD).counts(year, List.of(city));
        assertThat(counts.get(city).get(EventType.AWARD)).isEqualTo((int) all);
        assertThat(new AsUser(userDetails).call(DemoAccounts.ASSESSMENT,
                () -> source(EventType.AWARD).evidence(year, city))).hasSize((int) all);

        Long leaf = jdbc.queryForObject("""
                select a.unit_id from award_records a
                where a.kind = 'AWARD' and year(a.decided_on) = ?
                  and not exists (select 1 from units c where c.parent_id = a.unit_id)
                group by a.unit_id order by count(*) desc, a.unit_id limit 1""", Long.class, year);
        long own = sql("select count(*) from award_records where kind = 'AWARD' and year(decided_on) = ?"
                + " and unit_id = ?", year, leaf);
        Map<Long, Map<EventType, Integer>> both = source(EventType.AWARD).counts(year, List.of(city, leaf));
        assertThat(both.get(leaf).get(EventType.AWARD)).isEqualTo((int) own);
        assertThat(both.get(city).get(EventType.AWARD)).isEqualTo((int) all);
    }

    @Test
    void theCityCountsTheYearsRedLightsAndInterviews() {
        int year = busiestYear("changed_on", "from light_changes where to_light = 'RED'");
        long city = root();
        long red = sql("select count(*) from light_changes where to_light = 'RED' and year(changed_on) = ?", year);
        long interviews = sql("select count(*) from escalations where rung = 'INTERVIEW' and year(interview_date) = ?",
                year);
        assertThat(red).isPositive();

        Map<EventType, Integer> counted = source(EventType.RED_LIGHT).counts(year, List.of(city)).get(city);
        assertThat(counted.get(EventType.RED_LIGHT)).isEqualTo((int) red);
        assertThat(counted.getOrDefault(EventType.INTERVIEW, 0)).isEqualTo((int) interviews);
    }

    @Test
    void noUnitsAskedNothingCounted() {
        assertThat(source(EventType.AWARD).counts(2025, List.of())).isEmpty();
        assertThat(source(EventType.RED_LIGHT).counts(2025, List.of())).isEmpty();
    }

    private EvidenceSource source(EventType type) {
        return sources.stream().filter(s -> s.types().contains(type)).findFirst().orElseThrow();
    }

    /** The demo year with the most such events, so that the counts compared are not all zero. */
    private int busiestYear(String day, String fromWhere) {
        return jdbc.queryForObject("select year(" + day + ") y " + fromWhere + " group by y order by count(*) desc,"
                + " y desc limit 1", Integer.class);
    }

    private long root() {
        return jdbc.queryForObject("select id from units where parent_id is null", Long.class);
    }

    private long sql(String query, Object... args) {
        return jdbc.queryForObject(query, Long.class, args);
    }
}
