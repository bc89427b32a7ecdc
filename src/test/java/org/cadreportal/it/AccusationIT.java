package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationFigures;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.AllegationFinding;
import org.cadreportal.accusation.AllegationInput;
import org.cadreportal.accusation.Channel;
import org.cadreportal.accusation.ClarificationForm;
import org.cadreportal.accusation.ClarificationMethod;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.accusation.JointMeetingForm;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.workflow.CaseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB with the demo city: the figures leaders quote are counts over the records (the article's
 * 62 and 448 for 2025), they move when a case is worked, every read of a case is in the access log, and
 * another county's case is missing.
 */
class AccusationIT extends LiveTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    @Autowired
    AccusationService accusations;

    @Autowired
    CadreService cadres;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    @Test
    void the2025FiguresAreTheArticlesAndCountedFromTheRecords() {
        AccusationFigures city = as().call(DemoAccounts.CLERK, () -> accusations.figures(JAN_1, DEC_31, null));
        assertThat(city.falseAccusations()).isEqualTo(62);
        assertThat(city.personTimesClarified()).isEqualTo(448);

        // The same counts made here straight over the rows: a case counts once however many fabricated
        // allegations it has, a clarification is one person-time.
        Long fabricated = jdbc.queryForObject("""
                select count(distinct c.id) from accusation_cases c join allegations a on a.case_id = c.id
                where a.finding = 'FABRICATED' and c.found_on between ? and ?""", Long.class, JAN_1, DEC_31);
        Long clarified = jdbc.queryForObject(
                "select count(*) from clarifications where clarified_on between ? and ?", Long.class, JAN_1, DEC_31);
        assertThat(city.falseAccusations()).isEqualTo(fabricated);
        assertThat(city.personTimesClarified()).isEqualTo(clarified);

        // A county clerk's figures are their county's share, counted by the units of the rows.
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        AccusationFigures x01 = as().call(DemoAccounts.COUNTY_CLERK, () -> accusations.figures(JAN_1, DEC_31, null));
        assertThat(x01.personTimesClarified()).isEqualTo(jdbc.queryForObject("""
                select count(*) from clarifications k join units u on u.id = k.unit_id
                where k.clarified_on between ? and ? and u.path like ?""", Long.class, JAN_1, DEC_31, county + "%"));
        assertThat(x01.falseAccusations()).isEqualTo(jdbc.queryForObject("""
                select count(distinct c.id) from accusation_cases c join units u on u.id = c.unit_id
                join allegations a on a.case_id = c.id
                where a.finding = 'FABRICATED' and c.found_on between ? and ? and u.path like ?""", Long.class,
                JAN_1, DEC_31, county + "%"));
        assertThat(x01.personTimesClarified()).isPositive().isLessThan(448);
    }

    @Test
    void aCaseWorkedToTheEndMovesTheFiguresAndPutsTheClarificationOnTheTimeline() {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = today.withDayOfYear(1);
        long cadreId = jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE'", Long.class);
        AccusationFigures before = as().call(DemoAccounts.CLERK, () -> accusations.figures(yearStart, today, null));

        AccusationDetails opened = as().call(DemoAccounts.CLERK, () -> accusations.open(new IntakeForm("IT-2026-001",
                today.minusDays(30), Channel.LETTER, false, "举报人甲", "13800000000", "反映其收受礼金",
                List.of(cadreId), List.of(new AllegationInput(cadreId, "反映其收受下属礼金"),
                new AllegationInput(cadreId, "反映其违规使用公车")))));
        assertThat(opened.currentStep().code()).isEqualTo("JOINT_REVIEW");
        assertThat(opened.header().reporter().masked()).isTrue();
        assertThat(opened.header().reporter().name()).isNull();

        long id = opened.id();
        AccusationDetails d = as().call(DemoAccounts.DISCIPLINE, () -> accusations.addMeeting(id, opened.version(),
                new JointMeetingForm(today.minusDays(20), "市纪委监委、市委组织部、市公安局", "线索具体，转入核查")));
        assertThat(d.header().reporter().name()).isEqualTo("举报人甲");
        AccusationDetails m = d;
        d = as().call(DemoAccounts.DISCIPLINE, () -> accusations.completeStep(id, m.version(),
                new AccusationInput.JointReview(), new StepNote("经研判转入核查", List.of())));
        AccusationDetails v = d;
        d = as().call(DemoAccounts.DISCIPLINE, () -> accusations.completeStep(id, v.version(),
                new AccusationInput.Opinion(), new StepNote("核查完毕", List.of())));
        assertThat(d.currentStep().code()).isEqualTo("FIND");
        AccusationDetails f = d;
        // 认定 comes only through its discipline-only method, not through the step method clerks may call.
        assertThatThrownBy(() -> as().call(DemoAccounts.DISCIPLINE, () -> accusations.completeStep(id, f.version(),
                new AccusationInput.Findings(List.of()), StepNote.none())))
                .isInstanceOf(AccessDeniedException.class);
        d = as().call(DemoAccounts.DISCIPLINE, () -> accusations.recordFindings(id, f.version(),
                new AccusationInput.Findings(List.of(
                new AllegationFinding(f.header().allegations().get(0).id(), FindingType.FABRICATED, "举报人捏造事实"),
                new AllegationFinding(f.header().allegations().get(1).id(), FindingType.PARTLY_TRUE, "公车使用部分属实"))),
                StepNote.none()));
        assertThat(d.steps().foundOn()).isEqualTo(today);
        assertThat(d.steps().clarificationDueOn()).isAfter(today.plusDays(25));
        assertThat(d.steps().clarificationDaysLeft()).isEqualTo(20);

        AccusationDetails h = d;
        assertThatThrownBy(() -> as().call(DemoAccounts.DISCIPLINE, () -> accusations.recordHandling(id, h.version(),
                new AccusationInput.Handling(null, null), StepNote.of("已处理"))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("referredTo"));
        d = as().call(DemoAccounts.DISCIPLINE, () -> accusations.recordHandling(id, h.version(),
                new AccusationInput.Handling("市公安局", today), StepNote.none()));
        assertThat(d.currentStep().code()).isEqualTo("CLARIFY");

        AccusationDetails c = d;
        long fabricatedId = c.header().allegations().get(0).id();
        assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> accusations.addClarification(id, c.version(),
                new ClarificationForm(cadreId, today, Set.of(ClarificationMethod.MEETING), "所在单位", "特予澄清",
                        List.of(fabricatedId)))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("methods"));
        assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> accusations.addClarification(id, c.version(),
                new ClarificationForm(cadreId, today, Set.of(ClarificationMethod.WRITTEN), "所在单位", "特予澄清",
                        List.of(c.header().allegations().get(1).id())))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("allegationIds"));
        d = as().call(DemoAccounts.CLERK, () -> accusations.addClarification(id, c.version(),
                new ClarificationForm(cadreId, today, Set.of(ClarificationMethod.WRITTEN, ClarificationMethod.MEETING),
                        "所在单位领导班子", "经查，反映该同志收受礼金问题系诬告，特予澄清。", List.of(fabricatedId))));
        AccusationDetails k = d;
        d = as().call(DemoAccounts.CLERK, () -> accusations.completeStep(id, k.version(),
                new AccusationInput.Clarified(), new StepNote(null, List.of())));
        AccusationDetails a = d;
        d = as().call(DemoAccounts.CLERK, () -> accusations.completeStep(id, a.version(),
                new AccusationInput.Opinion(), new StepNote("归档", List.of())));
        assertThat(d.standing().status()).isEqualTo(CaseStatus.COMPLETED);

        AccusationFigures after = as().call(DemoAccounts.CLERK, () -> accusations.figures(yearStart, today, null));
        assertThat(after.falseAccusations()).isEqualTo(before.falseAccusations() + 1);
        assertThat(after.personTimesClarified()).isEqualTo(before.personTimesClarified() + 1);
        assertThat(after.casesReceived()).isEqualTo(before.casesReceived() + 1);

        assertThat(as().call(DemoAccounts.CLERK, () -> cadres.timeline(cadreId)))
                .anySatisfy(e -> {
                    assertThat(e.kindKey()).isEqualTo("timeline.kind.clarification");
                    assertThat(e.title()).isEqualTo(opened.header().caseNo());
                    assertThat(e.detail()).contains("反映其收受下属礼金").contains("诬告陷害")
                            .doesNotContain("公车");
                });
    }

    @Test
    void everyReadIsLoggedAndAnotherCountysCaseIsMissing() {
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        long outside = jdbc.queryForObject("""
                select min(c.id) from accusation_cases c join units u on u.id = c.unit_id where u.path not like ?""",
                Long.class, county + "%");
        String sql = "select count(*) from access_log where record_type = 'ACCUSATION' and record_id = ?"
                + " and username = ? and action = ?";
        long reads = jdbc.queryForObject(sql, Long.class, outside, DemoAccounts.COMMITTEE, "READ");
        as().call(DemoAccounts.COMMITTEE, () -> accusations.get(outside));
        as().call(DemoAccounts.COMMITTEE, () -> accusations.get(outside));
        assertThat(jdbc.queryForObject(sql, Long.class, outside, DemoAccounts.COMMITTEE, "READ")).isEqualTo(reads + 2);

        assertThatThrownBy(() -> as().call(DemoAccounts.COUNTY_CLERK, () -> accusations.get(outside)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as().call(DemoAccounts.COUNTY_CLERK, () -> accusations.get(Long.MAX_VALUE)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject(sql, Long.class, outside, DemoAccounts.COUNTY_CLERK, "DENIED")).isEqualTo(1);
        assertThat(as().call(DemoAccounts.COUNTY_CLERK, () -> accusations.page(AccusationFilter.none(),
                PageRequest.of(0, 500)).getContent())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.id()).isNotEqualTo(outside));
    }

    @Test
    void twoOfficersRecordingFindingsOnTheSameVersionLoseNothing() {
        AccusationDetails atFinding = as().call(DemoAccounts.DISCIPLINE, () -> accusations.get(as().call(
                DemoAccounts.DISCIPLINE, () -> accusations.page(new AccusationFilter(null, null, null, "FIND",
                        CaseStatus.OPEN, null, false, null, null), PageRequest.of(0,
                                1)).getContent().getFirst().id())));
        AccusationInput.Findings form = new AccusationInput.Findings(atFinding.header().allegations().stream()
                .map(a -> new AllegationFinding(a.id(), FindingType.UNTRUE, "经核查不属实")).toList());
        as().call(DemoAccounts.DISCIPLINE, () -> accusations.recordFindings(atFinding.id(), atFinding.version(), form,
                StepNote.none()));
        assertThatThrownBy(() -> as().call(DemoAccounts.DISCIPLINE,
                () -> accusations.recordFindings(atFinding.id(), atFinding.version(), form, StepNote.none())))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("adjustment.error.changed");
        assertThat(jdbc.queryForObject("select count(*) from step_records where case_type = 'ACCUSATION'"
                + " and case_id = ? and ordinal = 4", Long.class, atFinding.id())).isEqualTo(1);
    }
}
