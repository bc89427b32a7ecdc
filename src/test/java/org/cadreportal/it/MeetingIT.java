package org.cadreportal.it;

import org.cadreportal.workflow.StepNote;
import org.cadreportal.adjustment.StepInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadreportal.adjustment.Absence;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseAlreadyOpenException;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.ClosingOutlook;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.MeetingDuty;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.SeatRow;
import org.cadreportal.base.PortalException;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.CaseFixture;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 讨论决定 presided: the chair (赵立新, the demo's chair flag) and the recorder run the meeting and the others
 * only vote; absences carry their reason; votes never make the chair's view stale; one open case per cadre and
 * direction; and a decided 上 to another unit's post moves unit, post and rank together.
 */
class MeetingIT extends LiveTest {

    private static final List<String> MEMBERS = CaseFixture.MEMBERS;

    @Autowired
    AdjustmentService cases;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private CaseFixture fixture() {
        return new CaseFixture(cases, as(), jdbc);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The chair sets the meeting up: all five entitled, committee2 records, {@code absent} away. */
    private CaseDetails setUp(long id, Map<String, Absence> absent) {
        return as().call(DemoAccounts.COMMITTEE, () -> cases.setUpMeeting(id, cases.get(id).version(),
                new MeetingForm(today(), Set.copyOf(MEMBERS), absent, null, DemoAccounts.COMMITTEE_2)));
    }

    @Test
    void aDecidedUpCaseToAnotherUnitsPostMovesUnitPostAndRankTogether() {
        long cadreId = fixture().freshCountyCadre(0);
        String county = jdbc.queryForObject("select u.name from cadres c join units u on u.id = c.unit_id where c.id = ?",
                String.class, cadreId);
        long transport = jdbc.queryForObject("select id from units where name = '市交通运输局'", Long.class);
        CaseDetails c = fixture().toDecision(fixture().open(cadreId, Direction.UP, "一线考察识别（测试）"),
                "市交通运输局党组书记、局长", CadreRank.COUNTY_HEAD, today());
        long id = c.id();
        setUp(id, Map.of());
        for (String member : MEMBERS) {
            as().call(member, () -> cases.castVote(id, Vote.AGREE));
        }
        ClosingOutlook outlook = as().call(DemoAccounts.COMMITTEE, () -> cases.closingOutlook(id));
        CaseDetails decided = as().call(DemoAccounts.COMMITTEE, () -> cases.closeVote(id, outlook.tally(),
                StepNote.none()));
        assertThat(decided.steps().meeting().decision()).isEqualTo("PASSED");
        fixture().throughAppointment(decided, today());

        // The registry: unit, post and rank together (the post as the post table names it in its unit).
        Map<String, Object> row = jdbc.queryForMap("select unit_id, post_title, cadre_rank from cadres where id = ?",
                cadreId);
        assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(transport);
        assertThat(row.get("post_title")).isEqualTo("党组书记、局长");
        assertThat(row.get("cadre_rank")).isEqualTo("COUNTY_HEAD");
        // The career history: the county post ended the day before, the new one in the new unit from today.
        List<Map<String, Object>> career = jdbc.queryForList("""
                select unit_name, post_title, start_date, end_date from career_records where cadre_id = ?
                order by start_date desc, id desc""", cadreId);
        assertThat(career.get(0).get("unit_name")).isEqualTo("市交通运输局");
        assertThat(career.get(0).get("post_title")).isEqualTo("党组书记、局长");
        assertThat(((java.sql.Date) career.get(0).get("start_date")).toLocalDate()).isEqualTo(today());
        assertThat(career.get(0).get("end_date")).isNull();
        assertThat(career.get(1).get("unit_name")).isEqualTo(county);
        assertThat(((java.sql.Date) career.get(1).get("end_date")).toLocalDate()).isEqualTo(today().minusDays(1));
    }

    @Test
    void onlyTheChairAndTheRecorderRunTheMeetingTheOthersVote() {
        long cadreId = fixture().freshCountyCadre(1);
        CaseDetails c = fixture().toDecision(fixture().open(cadreId, Direction.UP, "拟提拔使用（测试）"),
                "县发展和改革局局长", CadreRank.SECTION_HEAD, today());
        long id = c.id();
        // Before it is set up, only the member with the chair flag may set it up.
        assertThatThrownBy(() -> as().call(DemoAccounts.COMMITTEE_3, () -> cases.setUpMeeting(id, c.version(),
                new MeetingForm(today(), Set.copyOf(MEMBERS), Map.of(), DemoAccounts.COMMITTEE_3, null))))
                .isInstanceOf(PortalException.class).hasMessageContaining("adjustment.error.notPresiding");
        CaseDetails met = setUp(id, Map.of(DemoAccounts.COMMITTEE_5, Absence.OFFICIAL_TRIP));
        assertThat(met.steps().meeting().seatOf(MeetingDuty.CHAIR).map(SeatRow::username))
                .contains(DemoAccounts.COMMITTEE);
        assertThat(met.steps().meeting().entitled()).isEqualTo(5);
        assertThat(met.steps().meeting().attended()).isEqualTo(4);
        assertThat(met.steps().meeting().seats()).filteredOn(s -> !s.attended())
                .extracting(SeatRow::username, SeatRow::absence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DemoAccounts.COMMITTEE_5, Absence.OFFICIAL_TRIP));

        // The chair reads the case before anyone votes; four votes later his close is not stale.
        int chairsVersion = as().call(DemoAccounts.COMMITTEE, () -> cases.get(id).version());
        for (String member : MEMBERS.subList(0, 4)) {
            as().call(member, () -> cases.castVote(id, member.equals(DemoAccounts.COMMITTEE_4) ? Vote.DISAGREE
                    : Vote.AGREE));
        }
        CaseDetails member = as().call(DemoAccounts.COMMITTEE_3, () -> cases.get(id));
        assertThat(member.viewer().mayAct()).isFalse();
        assertThat(member.viewer().mayVote()).isTrue();
        assertThat(member.actions().maySendBack()).isFalse();
        assertThat(member.actions().mayTerminate()).isFalse();
        for (Runnable refused : List.<Runnable>of(
                () -> as().call(DemoAccounts.COMMITTEE_3, () -> cases.closingOutlook(id)),
                () -> as().call(DemoAccounts.COMMITTEE_3, () -> cases.closeVote(id, new VoteTally(5, 4, 3, 1, 0),
                        StepNote.none())),
                () -> as().call(DemoAccounts.COMMITTEE_3, () -> cases.completeStep(id, chairsVersion,
                        new StepInput.Decision(), StepNote.none())),
                () -> as().call(DemoAccounts.COMMITTEE_3, () -> cases.sendBack(id, chairsVersion, 2, "重新推荐")),
                () -> as().call(DemoAccounts.COMMITTEE_3, () -> cases.terminate(id, chairsVersion, "不再办理")))) {
            assertThatThrownBy(refused::run).isInstanceOf(PortalException.class)
                    .hasMessageContaining("adjustment.error.notPresiding");
        }
        // The recorder may close; the count he is shown is 3 for, 1 against of 5 entitled: 3 > 5/2 passes.
        ClosingOutlook outlook = as().call(DemoAccounts.COMMITTEE_2, () -> cases.closingOutlook(id));
        assertThat(outlook.tally()).isEqualTo(new VoteTally(5, 4, 3, 1, 0));
        assertThat(outlook.tally().passed()).isTrue();
        // A vote changed after the confirmation was shown: the close is refused rather than decide otherwise.
        as().call(DemoAccounts.COMMITTEE_4, () -> cases.castVote(id, Vote.AGREE));
        assertThatThrownBy(() -> as().call(DemoAccounts.COMMITTEE_2, () -> cases.closeVote(id, outlook.tally(),
                StepNote.none()))).isInstanceOf(PortalException.class)
                .hasMessageContaining("adjustment.error.tallyChanged");
        // The chair closes on the version he read before the votes: votes do not make it stale.
        CaseDetails decided = as().call(DemoAccounts.COMMITTEE, () -> cases.completeStep(id, chairsVersion,
                new StepInput.Decision(), StepNote.none()));
        assertThat(decided.steps().meeting().decision()).isEqualTo("PASSED");
        assertThat(decided.records().getLast().details()).anySatisfy(d -> assertThat(d.value())
                .contains(DemoAccounts.COMMITTEE_5_NAME + " 公出"));
    }

    @Test
    void aSecondOpenCaseOfTheSameDirectionIsRefusedNamingTheOpenOne() {
        long cadreId = fixture().freshCountyCadre(2);
        CaseDetails first = fixture().open(cadreId, Direction.UP, "拟提拔使用（测试）");
        assertThatThrownBy(() -> fixture().open(cadreId, Direction.UP, "再次启动（测试）"))
                .isInstanceOfSatisfying(CaseAlreadyOpenException.class, e -> {
                    assertThat(e.caseId()).isEqualTo(first.id());
                    assertThat(e.field()).isEqualTo("cadreId");
                    assertThat(e.args()).containsExactly(first.header().caseNo());
                });
        assertThat(jdbc.queryForObject("select count(*) from adjustment_cases where cadre_id = ?", Long.class, cadreId))
                .isEqualTo(1);
    }

    /** Found by the outside tester: a 上 was opened from the reserve pool for a cadre whose 下 was at step 6. */
    @Test
    void aMoveUpIsRefusedWhileAMoveDownIsOpenButNotTheOtherWayRound() {
        long down = fixture().freshCountyCadre(4);
        CaseDetails open = fixture().open(down, Direction.DOWN, "不适宜担任现职（测试）");
        assertThatThrownBy(() -> fixture().open(down, Direction.UP, "拟提拔使用（测试）"))
                .isInstanceOfSatisfying(CaseAlreadyOpenException.class, e -> {
                    assertThat(e.caseId()).isEqualTo(open.id());
                    assertThat(e.messageKey()).isEqualTo("adjustment.error.downOpen");
                    assertThat(e.args()).containsExactly(open.header().caseNo());
                });
        assertThat(jdbc.queryForObject("select count(*) from adjustment_cases where cadre_id = ?", Long.class, down))
                .isEqualTo(1);

        long up = fixture().freshCountyCadre(4);
        fixture().open(up, Direction.UP, "拟提拔使用（测试）");
        CaseDetails downAfterUp = fixture().open(up, Direction.DOWN, "不适宜担任现职（测试）");
        assertThat(downAfterUp.header().caseNo()).startsWith("下");
    }
}

