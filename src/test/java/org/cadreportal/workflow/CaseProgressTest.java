package org.cadreportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.cadreportal.base.PortalException;
import org.cadreportal.security.Role;
import org.junit.jupiter.api.Test;

/** The one state machine: every move, its checks, and the step time limits. */
class CaseProgressTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** Three steps with limits of 10, 20 and 30 days. */
    private final ProcedureDefinition procedure = new ProcedureDefinition(1, "TEST", "测试", "Test",
            IntStream.rangeClosed(1, 3).mapToObj(i -> new StepDefinition(100 + i, 0, 1, i, "S" + i, "步骤" + i,
                    "Step " + i, Role.CLERK, 10 * i, "OPINION", false, false)).toList());

    @Test
    void aNewCaseStandsOnTheFirstStepWithItsTimeLimit() {
        CaseProgress p = CaseProgress.begin(procedure, DAY);
        assertThat(p.getCurrentOrdinal()).isEqualTo(1);
        assertThat(p.getCurrentStepId()).isEqualTo(101);
        assertThat(p.getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(p.getStepDueOn()).isEqualTo(DAY.plusDays(10));
    }

    @Test
    void advancingEntersTheNextStepAndFinishesAfterTheLast() {
        CaseProgress p = CaseProgress.begin(procedure, DAY);
        p.advance(procedure, DAY.plusDays(3));
        assertThat(p.getCurrentOrdinal()).isEqualTo(2);
        assertThat(p.getStepStartedOn()).isEqualTo(DAY.plusDays(3));
        assertThat(p.getStepDueOn()).isEqualTo(DAY.plusDays(23));
        p.advance(procedure, DAY.plusDays(4));
        p.advance(procedure, DAY.plusDays(5));
        assertThat(p.getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(p.getClosedOn()).isEqualTo(DAY.plusDays(5));
        assertThat(p.getCurrentOrdinal()).isEqualTo(3);
    }

    @Test
    void sendingBackGoesToAnEarlierStepWhichStartsAfresh() {
        CaseProgress p = CaseProgress.begin(procedure, DAY);
        p.advance(procedure, DAY);
        p.advance(procedure, DAY);
        p.sendBack(procedure, 2, DAY.plusDays(7));
        assertThat(p.getCurrentOrdinal()).isEqualTo(2);
        assertThat(p.getStepDueOn()).isEqualTo(DAY.plusDays(27));
        assertThat(p.getStatus()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void sendingBackToTheCurrentOrALaterStepIsRefused() {
        CaseProgress p = CaseProgress.begin(procedure, DAY);
        p.advance(procedure, DAY);
        for (int target : List.of(2, 3, 0)) {
            assertThatThrownBy(() -> p.sendBack(procedure, target, DAY))
                    .isInstanceOf(PortalException.class).hasMessageContaining("workflow.error.badTarget");
        }
        assertThat(p.getCurrentOrdinal()).isEqualTo(2);
    }

    @Test
    void aClosedCaseRefusesEveryMove() {
        CaseProgress terminated = CaseProgress.begin(procedure, DAY);
        terminated.terminate(DAY);
        assertThat(terminated.getStatus()).isEqualTo(CaseStatus.TERMINATED);
        assertThatThrownBy(() -> terminated.advance(procedure, DAY)).hasMessageContaining("workflow.error.closed");
        assertThatThrownBy(() -> terminated.terminate(DAY)).hasMessageContaining("workflow.error.closed");

        CaseProgress rejected = CaseProgress.begin(procedure, DAY);
        rejected.reject(DAY);
        assertThat(rejected.getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThatThrownBy(() -> rejected.sendBack(procedure, 1, DAY)).hasMessageContaining("workflow.error.closed");

        CaseProgress improved = CaseProgress.begin(procedure, DAY);
        improved.closeImproved(DAY);
        assertThat(improved.getStatus()).isEqualTo(CaseStatus.IMPROVED);
        assertThatThrownBy(() -> improved.reject(DAY)).hasMessageContaining("workflow.error.closed");
    }

    @Test
    void aStepIsOverdueOnlyAfterItsDueDateAndOnlyWhileOpen() {
        CaseProgress p = CaseProgress.begin(procedure, DAY);
        assertThat(p.isOverdue(DAY.plusDays(10))).isFalse();
        assertThat(p.isOverdue(DAY.plusDays(11))).isTrue();
        assertThat(p.daysOverdue(DAY.plusDays(14))).isEqualTo(4);
        p.terminate(DAY.plusDays(14));
        assertThat(p.isOverdue(DAY.plusDays(14))).isFalse();
        assertThat(p.daysOverdue(DAY.plusDays(14))).isZero();
    }
}
