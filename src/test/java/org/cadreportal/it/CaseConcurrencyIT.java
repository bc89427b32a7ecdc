package org.cadreportal.it;

import org.cadreportal.tolerance.ToleranceInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.Race;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.ApplicationFilter;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.workflow.CaseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Parallel actions on the same step of each case type (the 能上能下 race is in {@link AdjustmentIT}):
 * exactly one wins, every other one gets the stale-case message naming who moved it, and the step is
 * recorded once — nothing lost, nothing doubled.
 */
class CaseConcurrencyIT extends LiveTest {

    private static final int RIVALS = 4;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AccusationService accusations;

    @Autowired
    ToleranceService tolerance;

    @Autowired
    SupervisionService supervision;

    @Autowired
    JdbcTemplate jdbc;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    @Test
    void discipline_officers_completing_the_same_accusation_step_at_once_have_one_winner() throws Exception {
        long id = as().call(DemoAccounts.DISCIPLINE, () -> accusations.page(new AccusationFilter(null, null, null,
                "VERIFY", CaseStatus.OPEN, null, false, null, null), PageRequest.of(0,
                        1)).getContent().getFirst().id());
        AccusationDetails before = as().call(DemoAccounts.DISCIPLINE, () -> accusations.get(id));
        int ordinal = before.standing().currentOrdinal();

        List<Object> results = race(i -> () -> as().call(DemoAccounts.DISCIPLINE,
                () -> accusations.completeStep(id, before.version(), new AccusationInput.Opinion(),
                        new StepNote("核查意见（第" + i + "份）", null))));

        assertOneWinner(results, AccusationDetails.class, "adjustment.error.changed");
        assertThat(stepRecords("ACCUSATION", id, ordinal)).isEqualTo(1);
        assertThat(as().call(DemoAccounts.DISCIPLINE, () -> accusations.get(id)).standing().currentOrdinal())
                .isEqualTo(ordinal + 1);
    }

    @Test
    void a_send_back_racing_a_completion_of_the_same_accusation_step_leaves_one_of_them() throws Exception {
        long id = as().call(DemoAccounts.DISCIPLINE, () -> accusations.page(new AccusationFilter(null, null, null,
                "VERIFY", CaseStatus.OPEN, null, false, null, null), PageRequest.of(1,
                        1)).getContent().getFirst().id());
        AccusationDetails before = as().call(DemoAccounts.DISCIPLINE, () -> accusations.get(id));
        int ordinal = before.standing().currentOrdinal();

        List<Object> results = Race.run(List.of(
                () -> as().call(DemoAccounts.DISCIPLINE,
                        () -> accusations.completeStep(id, before.version(), new AccusationInput.Opinion(),
                                new StepNote("核查完毕", null))),
                () -> as().call(DemoAccounts.DISCIPLINE,
                        () -> accusations.sendBack(id, before.version(), ordinal - 1, "联席会议结论需补充"))));

        assertOneWinner(results, AccusationDetails.class, "adjustment.error.changed");
        AccusationDetails winner = (AccusationDetails) results.stream().filter(AccusationDetails.class::isInstance)
                .findFirst().orElseThrow();
        AccusationDetails now = as().call(DemoAccounts.DISCIPLINE, () -> accusations.get(id));
        assertThat(now.standing().currentOrdinal()).isEqualTo(winner.standing().currentOrdinal())
                .isIn(ordinal - 1, ordinal + 1);
        assertThat(jdbc.queryForObject("select count(*) from step_records where case_type = 'ACCUSATION'"
                + " and case_id = ? and ordinal = ? and outcome in ('COMPLETED', 'SENT_BACK')", Long.class, id,
                        ordinal))
                .isEqualTo(1);
    }

    @Test
    void discipline_officers_accepting_the_same_tolerance_application_at_once_have_one_winner() throws Exception {
        long id = as().call(DemoAccounts.DISCIPLINE, () -> tolerance.page(new ApplicationFilter(null, null, null,
                "ACCEPT", CaseStatus.OPEN, null), PageRequest.of(0, 1)).getContent().getFirst().id());
        ApplicationDetails before = as().call(DemoAccounts.DISCIPLINE, () -> tolerance.get(id));
        int ordinal = before.standing().currentOrdinal();

        List<Object> results = race(i -> () -> as().call(DemoAccounts.DISCIPLINE, () -> {
            return tolerance.completeStep(id, before.version(), new ToleranceInput.Acceptance(),
                    StepNote.of("符合受理条件（第" + i + "份）"));
        }));

        assertOneWinner(results, ApplicationDetails.class, "tolerance.error.changed");
        assertThat(stepRecords("TOLERANCE", id, ordinal)).isEqualTo(1);
        assertThat(as().call(DemoAccounts.DISCIPLINE, () -> tolerance.get(id)).standing().currentOrdinal())
                .isEqualTo(ordinal + 1);
    }

    @Test
    void supervision_officers_closing_the_same_item_at_once_close_it_once() throws Exception {
        long id = as().call(DemoAccounts.SUPERVISION, () -> supervision.page(new ItemFilter(null, null, null, null,
                null, null, ItemStatus.ONLINE, false), PageRequest.of(0, 1)).getContent().getFirst().id());
        ItemDetails before = as().call(DemoAccounts.SUPERVISION, () -> supervision.get(id));

        List<Object> results = race(i -> () -> as().call(DemoAccounts.SUPERVISION,
                () -> supervision.close(id, before.version())));

        assertOneWinner(results, ItemDetails.class, "error.stale");
        ItemDetails after = as().call(DemoAccounts.SUPERVISION, () -> supervision.get(id));
        assertThat(after.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    private static List<Object> race(Function<Integer, Callable<Object>> rival) throws Exception {
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 1; i <= RIVALS; i++) {
            tasks.add(rival.apply(i));
        }
        return Race.run(tasks);
    }

    private static void assertOneWinner(List<Object> results, Class<?> won, String staleKey) {
        assertThat(results).filteredOn(won::isInstance).hasSize(1);
        assertThat(results).filteredOn(r -> !won.isInstance(r)).hasSize(results.size() - 1)
                .allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(StaleDataException.class,
                        stale -> {
                            assertThat(stale.messageKey()).isEqualTo(staleKey);
                            if (stale.args().length > 0) {
                                // The case types say who moved the case first, so the loser knows whom to ask.
                                assertThat(stale.args()[0]).isNotNull().isNotEqualTo("");
                            }
                        }));
    }

    private long stepRecords(String caseType, long id, int ordinal) {
        return jdbc.queryForObject("select count(*) from step_records where case_type = ? and case_id = ?"
                + " and ordinal = ? and outcome = 'COMPLETED'", Long.class, caseType, id, ordinal);
    }
}
