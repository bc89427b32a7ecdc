package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.award.AwardService;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.org.OrgService;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.tolerance.ToleranceService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 8, bad input: every case of {@link HostileCorpus} runs against the real services on MariaDB
 * (whose column limits and utf8mb4 charset are what a truncation or a lost emoji would come from).
 * Each refusal must be a translated message and leave every table as it was; the few inputs that are
 * fine (emoji, markup as text, formula-like text) must save verbatim and come out as text in PDFs and
 * Excel files.
 */
class HostileInputIT extends LiveTest {

    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();
    private static volatile List<String> order = List.of();

    @Autowired
    CadreService cadres;
    @Autowired
    ArchiveService archive;
    @Autowired
    AdjustmentService adjustment;
    @Autowired
    AccusationService accusations;
    @Autowired
    ToleranceService tolerance;
    @Autowired
    SupervisionService supervision;
    @Autowired
    AwardService awards;
    @Autowired
    UserAdminService users;
    @Autowired
    OrgService org;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @TestFactory
    Stream<DynamicTest> everyHostileInputIsRefusedReadablyOrKeptAsPlainText() {
        HostileProbe probe = new HostileProbe(new AsUser(userDetails), jdbc);
        HostileCorpus corpus = new HostileCorpus(probe, new HostileCorpus.Services(cadres, archive, adjustment,
                accusations, tolerance, supervision, awards, users, org, calendar, clock));
        List<HostileCorpus.HostileCase> cases = corpus.cases();
        assertThat(cases).as("corpus size").hasSizeGreaterThanOrEqualTo(50);
        assertThat(cases).extracting(HostileCorpus.HostileCase::name).doesNotHaveDuplicates();
        order = cases.stream().map(HostileCorpus.HostileCase::name).toList();
        Stream<DynamicTest> tests = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try {
                OUTCOMES.put(c.name(), c.body().run());
            } catch (Throwable t) {
                OUTCOMES.put(c.name(), "FAILED: " + t.getMessage().lines().findFirst().orElse(""));
                throw t;
            }
        }));
        return Stream.concat(tests, Stream.of(DynamicTest.dynamicTest("clean up", corpus::cleanUp)));
    }

    @AfterAll
    static void summary() {
        StringBuilder table = new StringBuilder("\nHostile input corpus: ").append(order.size()).append(" cases\n");
        int width = order.stream().mapToInt(String::length).max().orElse(10);
        for (String name : order) {
            table.append(String.format("  %-" + width + "s | %s%n", name, OUTCOMES.getOrDefault(name, "not run")));
        }
        System.out.println(table);
    }
}
