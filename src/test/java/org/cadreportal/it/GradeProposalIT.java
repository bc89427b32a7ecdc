package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.GradeProposalRow;
import org.cadreportal.adjustment.GradeProposalService;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreProfile;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.GradeEntry;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A poor 年度考核 grade saved through the profile raises one proposal in the clerk's 我的待办, which the clerk
 * opens as a 下 case (situation 10, source 年度考核) or dismisses with a reason; scope limits who sees it.
 */
class GradeProposalIT extends LiveTest {

    private static final AtomicInteger SEQ = new AtomicInteger(500);

    @Autowired
    CadreProfileService profiles;
    @Autowired
    GradeProposalService proposals;
    @Autowired
    AdjustmentService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void anIncompetentGradeRaisesOneProposalThatTheClerkOpensAsADownCase() throws Exception {
        CadreProfile created = create(AnnualGrade.COMPETENT);
        long cadreId = created.cadreId();
        settle(cadreId);
        assertThat(proposalsOf(cadreId)).isZero();

        CadreProfile saved = saveGrade(created, AnnualGrade.INCOMPETENT);
        settle(cadreId);
        assertThat(proposalsOf(cadreId)).isEqualTo(1);
        // Saved again unchanged: nothing new; regraded to another poor grade: still the one open proposal.
        saved = saveGrade(saved, AnnualGrade.INCOMPETENT);
        saved = saveGrade(saved, AnnualGrade.BASICALLY_COMPETENT);
        saved = saveGrade(saved, AnnualGrade.INCOMPETENT);
        settle(cadreId);
        assertThat(proposalsOf(cadreId)).isEqualTo(1);
        // The clerks whose scope covers the cadre are told.
        assertThat(jdbc.queryForObject("select count(*) from notices where username = ? and title = ?"
                + " and body like ?", Integer.class, DemoAccounts.CLERK, "adjustment.notice.proposal.title",
                "%" + created.name() + "%")).isEqualTo(1);

        GradeProposalRow row = mine(DemoAccounts.CLERK, cadreId);
        assertThat(row.year()).isEqualTo(2025);
        assertThat(row.grade()).isEqualTo(AnnualGrade.INCOMPETENT);

        CaseDetails opened = as(DemoAccounts.CLERK, () -> proposals.open(row.id(), row.version()));
        assertThat(opened.header().direction()).isEqualTo(Direction.DOWN);
        assertThat(opened.header().source()).isEqualTo(CaseSource.ANNUAL_ASSESSMENT);
        assertThat(opened.header().cadreId()).isEqualTo(cadreId);
        assertThat(opened.header().situations()).extracting(ReferenceRow::id).containsExactly(10L);
        Map<String, Object> closed = jdbc.queryForMap("select status, case_id, closed_by, open_cadre_id"
                + " from grade_proposals where cadre_id = ?", cadreId);
        assertThat(closed.get("status")).isEqualTo("CASE_OPENED");
        assertThat(((Number) closed.get("case_id")).longValue()).isEqualTo(opened.id());
        assertThat(closed.get("closed_by")).isEqualTo(DemoAccounts.CLERK_NAME);
        assertThat(closed.get("open_cadre_id")).isNull();
        assertThat(as(DemoAccounts.CLERK, () -> proposals.openProposals()))
                .noneMatch(p -> p.cadreId() == cadreId);
        // Opened once only.
        assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> proposals.open(row.id(), row.version() + 1)))
                .isInstanceOf(RuntimeException.class);
        assertThat(as(DemoAccounts.CLERK, () -> cases.casesOfCadre(cadreId))).hasSize(1);

        // While the 下 is open, a further poor grade proposes nothing.
        ProfileForm next = as(DemoAccounts.CLERK, () -> profiles.profile(cadreId)).toForm();
        next.setGrades(List.of(new GradeEntry(2024, AnnualGrade.BASICALLY_COMPETENT),
                new GradeEntry(2025, AnnualGrade.INCOMPETENT)));
        int version = as(DemoAccounts.CLERK, () -> profiles.profile(cadreId)).version();
        as(DemoAccounts.CLERK, () -> profiles.saveProfile(cadreId, version, next));
        settle(cadreId);
        assertThat(proposalsOf(cadreId)).isEqualTo(1);
    }

    @Test
    void dismissingNeedsAReasonAndKeepsWhoAndWhen() throws Exception {
        CadreProfile created = create(AnnualGrade.COMPETENT);
        long cadreId = created.cadreId();
        saveGrade(created, AnnualGrade.BASICALLY_COMPETENT);
        settle(cadreId);
        GradeProposalRow row = mine(DemoAccounts.CLERK, cadreId);

        assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> {
            proposals.dismiss(row.id(), row.version(), "  ");
            return null;
        })).isInstanceOf(FieldException.class);
        assertThat(jdbc.queryForObject("select status from grade_proposals where id = ?", String.class, row.id()))
                .isEqualTo("OPEN");

        as(DemoAccounts.CLERK, () -> {
            proposals.dismiss(row.id(), row.version(), "已于年中调整分工，暂不启动");
            return null;
        });
        Map<String, Object> closed = jdbc.queryForMap("select status, reason, closed_by, closed_at, case_id"
                + " from grade_proposals where id = ?", row.id());
        assertThat(closed.get("status")).isEqualTo("DISMISSED");
        assertThat(closed.get("reason")).isEqualTo("已于年中调整分工，暂不启动");
        assertThat(closed.get("closed_by")).isEqualTo(DemoAccounts.CLERK_NAME);
        assertThat(closed.get("closed_at")).isNotNull();
        assertThat(closed.get("case_id")).isNull();
        assertThat(as(DemoAccounts.CLERK, () -> cases.casesOfCadre(cadreId))).isEmpty();
    }

    @Test
    void aCompetentGradeProposesNothing() throws Exception {
        CadreProfile created = create(AnnualGrade.EXCELLENT);
        saveGrade(created, AnnualGrade.COMPETENT);
        settle(created.cadreId());
        assertThat(proposalsOf(created.cadreId())).isZero();
    }

    @Test
    void anotherUnitsClerkNeitherSeesNorActsOnTheProposal() throws Exception {
        CadreProfile created = create(AnnualGrade.COMPETENT);
        long cadreId = created.cadreId();
        saveGrade(created, AnnualGrade.INCOMPETENT);
        settle(cadreId);
        GradeProposalRow row = mine(DemoAccounts.CLERK, cadreId);

        assertThat(as(DemoAccounts.COUNTY_CLERK, () -> proposals.openProposals()))
                .noneMatch(p -> p.cadreId() == cadreId);
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> proposals.open(row.id(), row.version())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> {
            proposals.dismiss(row.id(), row.version(), "不在本单位");
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from notices where username = ? and body like ?",
                Integer.class, DemoAccounts.COUNTY_CLERK, "%" + created.name() + "%")).isZero();
        // A committee member (no clerk) has no proposals to act on.
        assertThat(as(DemoAccounts.COMMITTEE, () -> proposals.openProposals())).isEmpty();
    }

    @Test
    void theDemosPoorGradesOf2025AreProposedThroughTheSameEvent() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && jdbc.queryForObject("select count(*) from event_publication"
                + " where completion_date is null and event_type like '%AnnualGradesRecorded'", Integer.class) > 0) {
            Thread.sleep(100);
        }
        List<Long> poor = jdbc.queryForList("select g.cadre_id from cadre_annual_grades g where g.grade_year = 2025"
                + " and g.grade in ('BASICALLY_COMPETENT', 'INCOMPETENT')", Long.class);
        List<Long> proposed = jdbc.queryForList("select p.cadre_id from grade_proposals p join cadres c"
                + " on c.id = p.cadre_id where p.grade_year = 2025 and c.name not like '考核提议%'", Long.class);
        // The demo's batch-inserted grades are announced by the loader: its poor 2025 grades are proposed.
        assertThat(proposed).isNotEmpty().doesNotHaveDuplicates();
        assertThat(poor).containsAll(proposed);
    }

    // --- helpers ------------------------------------------------------------------------------

    private GradeProposalRow mine(String user, long cadreId) {
        return as(user, () -> proposals.openProposals()).stream().filter(p -> p.cadreId() == cadreId)
                .findFirst().orElseThrow();
    }

    private int proposalsOf(long cadreId) {
        return jdbc.queryForObject("select count(*) from grade_proposals where cadre_id = ?", Integer.class, cadreId);
    }

    /** Waits until every grade event of the cadre has been handled by its listeners. */
    private void settle(long cadreId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String like = "%\"cadreId\":" + cadreId + ",%";
        while (Instant.now().isBefore(deadline)) {
            Integer waiting = jdbc.queryForObject("select count(*) from event_publication where completion_date"
                    + " is null and event_type like '%AnnualGradesRecorded' and serialized_event like ?",
                    Integer.class, like);
            if (waiting == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("grade events of cadre " + cadreId + " not handled in time");
    }

    /** A cadre in a city-level unit outside 东安县, with a 2024 grade and the given 2025 grade. */
    private CadreProfile create(AnnualGrade grade2025) {
        CadreForm f = new CadreForm();
        int n = SEQ.incrementAndGet();
        f.setCode("GP-" + n + "-" + System.nanoTime() % 100000);
        f.setName("考核提议" + n);
        f.setGender(Gender.FEMALE);
        f.setBirthDate(LocalDate.of(1975, 3, 1).plusDays(n));
        f.setEthnicity("汉");
        f.setParty(Party.CPC_MEMBER);
        f.setEducation(Education.UNIVERSITY);
        f.setUnitId(jdbc.queryForObject("select min(u.id) from units u join cadres c on c.unit_id = u.id"
                + " where u.path not like concat((select path from units where code = ?), '%')", Long.class,
                DemoAccounts.COUNTY_CODE));
        f.setPostTitle("副局长");
        f.setRank(CadreRank.DEPUTY_COUNTY);
        f.setLevel(ManagementLevel.CITY);
        f.setCategory(CadreCategory.TEAM_MEMBER);
        ProfileForm p = new ProfileForm();
        p.setWorkStarted(java.time.YearMonth.of(1997, 7));
        p.setPartyJoined(java.time.YearMonth.of(1999, 6));
        p.setGrades(List.of(new GradeEntry(2024, AnnualGrade.COMPETENT), new GradeEntry(2025, grade2025)));
        return as(DemoAccounts.CLERK, () -> profiles.createWithProfile(f, p));
    }

    private CadreProfile saveGrade(CadreProfile current, AnnualGrade grade2025) {
        ProfileForm edit = current.toForm();
        edit.setGrades(List.of(new GradeEntry(2024, AnnualGrade.COMPETENT), new GradeEntry(2025, grade2025)));
        return as(DemoAccounts.CLERK, () -> profiles.saveProfile(current.cadreId(), current.version(), edit));
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return new AsUser(userDetails).call(user, work);
    }
}
