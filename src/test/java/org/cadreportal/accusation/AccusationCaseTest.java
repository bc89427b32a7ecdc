package org.cadreportal.accusation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cadreportal.accusation.domain.AccusationCase;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.base.PortalException;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.CaseMoves;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of a 查诬 case on the aggregate alone: what a send-back withdraws, and how a logged case closes. */
class AccusationCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);

    private static final ProcedureDefinition PROCEDURE = new ProcedureDefinition(3, "ACCUSATION", "查诬", "Accusation",
            List.of(step(301, 1, "INTAKE", Role.CLERK), step(302, 2, "JOINT_MEETING", Role.DISCIPLINE),
                    step(303, 3, "OPINION", Role.DISCIPLINE), step(304, 4, "FINDING", Role.DISCIPLINE),
                    step(305, 5, "HANDLING", Role.DISCIPLINE), step(306, 6, "CLARIFICATION", Role.CLERK),
                    step(307, 7, "OPINION", Role.CLERK)));

    private static StepDefinition step(long id, int ordinal, String form, Role role) {
        return new StepDefinition(id, 0, 3, ordinal, form, form, form, role, 10, form, false, false);
    }

    private static AccusationCase received() {
        AccusationCase c = new AccusationCase("查诬〔2026〕001", "来信-01", TODAY.minusDays(3), Channel.LETTER, true,
                null, null, "反映问题", null, PROCEDURE, TODAY, "王敏", NOW);
        c.accuse(1, "张三", 10, "镇长");
        c.allege(1, "收受礼金");
        Allegation a = c.getAllegations().getFirst();
        ReflectionTestUtils.setField(a, "id", 11L);
        return c;
    }

    private static AccusationCase foundFabricatedAndReferred() {
        AccusationCase c = received();
        for (int i = 1; i < 4; i++) {
            CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        }
        c.find(Map.of(11L, FindingType.FABRICATED), Map.of(11L, "捏造事实"), TODAY, TODAY.plusDays(30), "周正平", NOW);
        CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        c.refer("县纪委", TODAY, "周正平", NOW);
        CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        assertThat(c.getProgress().getCurrentOrdinal()).isEqualTo(6);
        return c;
    }

    @Test
    void goingBackToTheFindingWithdrawsTheFindingsAndTheReferral() {
        AccusationCase c = foundFabricatedAndReferred();
        assertThat(c.needsClarification()).isTrue();

        CaseMoves.sendBack(c, PROCEDURE, 4, TODAY, "王敏", NOW);

        assertThat(c.getAllegations().getFirst().getFinding()).isNull();
        assertThat(c.getFoundOn()).isNull();
        assertThat(c.getClarificationDueOn()).isNull();
        assertThat(c.getReferredTo()).isNull();
        assertThat(c.needsClarification()).isFalse();
    }

    @Test
    void goingBackToAStepAfterTheFindingKeepsIt() {
        AccusationCase c = foundFabricatedAndReferred();

        CaseMoves.sendBack(c, PROCEDURE, 5, TODAY, "王敏", NOW);

        assertThat(c.getAllegations().getFirst().getFinding()).isEqualTo(FindingType.FABRICATED);
        assertThat(c.getReferredTo()).isEqualTo("县纪委");
    }

    @Test
    void aCaseLoggedInOneGoStandsCompletedAndMarkedLogged() {
        AccusationCase c = received();
        CaseMoves.move(c, PROCEDURE, new Move.ConcludeLogged(), TODAY, "王敏", NOW);

        assertThat(c.isQuickLogged()).isTrue();
        assertThat(c.getProgress().getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.getProgress().getCurrentOrdinal()).isEqualTo(7);
    }

    @Test
    void aCaseAlreadyWorkedHereCannotBeLoggedInOneGo() {
        AccusationCase c = received();
        CaseMoves.advance(c, PROCEDURE, TODAY, "王敏", NOW);

        assertThatThrownBy(() -> CaseMoves.move(c, PROCEDURE, new Move.ConcludeLogged(), TODAY, "王敏", NOW))
                .isInstanceOf(PortalException.class).hasMessageContaining("workflow.error.alreadyWorked");
        assertThat(c.isQuickLogged()).isFalse();
    }

    @Test
    void aClosedCaseTakesNoMeetingNorReferral() {
        AccusationCase c = received();
        CaseMoves.terminate(c, PROCEDURE, TODAY, "王敏", NOW);

        assertThatThrownBy(() -> c.recordMeeting(TODAY, "纪委、组织部", "结论", "周正平", NOW))
                .hasMessageContaining("workflow.error.closed");
        assertThatThrownBy(() -> c.refer("县纪委", TODAY, "周正平", NOW)).hasMessageContaining("workflow.error.closed");
        assertThat(c.getMeetings()).isEmpty();
        assertThat(c.getLastActor()).isEqualTo("王敏");
    }
}
