package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardProposalRow;
import org.cadreportal.award.AwardProposalService;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.AwardType;
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
 * An 优秀 年度考核 grade saved through the profile raises one 记功 proposal in the clerk's 我的待办 (not in
 * another county's), which the clerk records as an award from the drafted form or dismisses with a reason;
 * a grade changed away from 优秀 withdraws it.
 */
class AwardProposalIT extends LiveTest {

    private static final AtomicInteger SEQ = new AtomicInteger(700);

    @Autowired
    CadreProfileService profiles;
    @Autowired
    AwardProposalService proposals;
    @Autowired
    AwardService awards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    @Test
    void anExcellentGradeRaisesExactlyOneProposalForTheClerksWhoseScopeCoversTheCadre() throws Exception {
        CadreProfile created = create(AnnualGrade.COMPETENT);
        long cadreId = created.cadreId();
        settle(cadreId);
        assertThat(proposalsOf(cadreId)).isZero();

        CadreProfile saved = saveGrade(created, AnnualGrade.EXCELLENT);
        settle(cadreId);
        // Saved again unchanged: the profile announces nothing, and nothing new is raised.
        saveGrade(saved, AnnualGrade.EXCELLENT);
        settle(cadreId);
        assertThat(proposalsOf(cadreId)).isEqualTo(1);

        List<AwardProposalRow> mine = as(DemoAccounts.CLERK, () -> proposals.openProposals()).stream()
                .filter(p -> p.cadreId() == cadreId).toList();
        assertThat(mine).hasSize(1);
        AwardProposalRow row = mine.getFirst();
        assertThat(row.cadreName()).isEqualTo(created.name());
        assertThat(row.year()).isEqualTo(2025);
        assertThat(row.grade()).isEqualTo(AnnualGrade.EXCELLENT);
        assertThat(row.suggestedReason()).isEqualTo("2025年度考核确定为“优秀”等次");
        assertThat(jdbc.queryForObject("select count(*) from notices where username = ? and title = ?"
                + " and body like ?", Integer.class, DemoAccounts.CLERK, "award.notice.proposal.title",
                "%" + created.name() + "%")).isEqualTo(1);

        // 东安县's clerk neither sees it, nor is told, nor may act on it.
        assertThat(as(DemoAccounts.COUNTY_CLERK, () -> proposals.openProposals()))
                .noneMatch(p -> p.cadreId() == cadreId);
        assertThat(jdbc.queryForObject("select count(*) from notices where username = ? and body like ?",
                Integer.class, DemoAccounts.COUNTY_CLERK, "%" + created.name() + "%")).isZero();
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> {
            proposals.dismiss(row.id(), row.version(), "不在本单位");
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> proposals.award(row.id(), row.version(),
                form(cadreId, "2025年度考核确定为“优秀”等次"))))
                .isInstanceOf(RecordNotFoundException.class);
        // A committee member acts on no proposals.
        assertThat(as(DemoAccounts.COMMITTEE, () -> proposals.openProposals())).isEmpty();
    }

    @Test
    void dismissingNeedsAReasonAndLeavesAHistory() throws Exception {
        CadreProfile created = create(AnnualGrade.COMPETENT);
        long cadreId = created.cadreId();
        CadreProfile saved = saveGrade(created, AnnualGrade.EXCELLENT);
        settle(cadreId);
        AwardProposalRow row = mine(cadreId);

        assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> {
            proposals.dismiss(row.id(), row.version(), "  ");
            return null;
        })).isInstanceOf(FieldException.class);
        assertThat(jdbc.queryForObject("select status from award_proposals where id = ?", String.class, row.id()))
                .isEqualTo("OPEN");

        as(DemoAccounts.CLERK, () -> {
            proposals.dismiss(row.id(), row.version(), "本年度已给予嘉奖，不再重复记功");
            return null;
        });
        Map<String, Object> closed = jdbc.queryForMap("select status, reason, closed_by, closed_at, award_id,"
                + " open_cadre_id from award_proposals where id = ?", row.id());
        assertThat(closed.get("status")).isEqualTo("DISMISSED");
        assertThat(closed.get("reason")).isEqualTo("本年度已给予嘉奖，不再重复记功");
        assertThat(closed.get("closed_by")).isEqualTo(DemoAccounts.CLERK_NAME);
        assertThat(closed.get("closed_at")).isNotNull();
        assertThat(closed.get("award_id")).isNull();
        assertThat(closed.get("open_cadre_id")).isNull();
        // The history keeps the raising (by the portal) and the dismissal, in that order.
        assertThat(jdbc.queryForList("select status from award_proposals_aud where id = ? order by rev",
                String.class, row.id())).containsExactly("OPEN", "DISMISSED");
        assertThat(as(DemoAccounts.CLERK, () -> proposals.openProposals())).noneMatch(p -> p.cadreId() == cadreId);
        // Once decided, the year is not proposed again when the grade is saved again (away and back).
        saved = saveGrade(saved, AnnualGrade.COMPETENT);
        saveGrade(saved, AnnualGrade.EXCELLENT);
        settle(cadreId);
        assertThat(proposalsOf(cadreId)).isEqualTo(1);
    }

    @Test
    void theAwardRecordedFromTheProposalClosesItAsAwarded() throws Exception {
        CadreProfile created = create(AnnualGrade.EXCELLENT);
        long cadreId = created.cadreId();
        settle(cadreId);
        AwardProposalRow row = mine(cadreId);

        // A refused award (no document number) records nothing and leaves the proposal open.
        AwardForm incomplete = form(cadreId, row.suggestedReason());
        incomplete.setDocumentNo(" ");
        assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> proposals.award(row.id(), row.version(), incomplete)))
                .isInstanceOf(FieldException.class);
        // Nor can the proposal be spent on another cadre.
        long other = jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE' and id <> ?", Long.class,
                cadreId);
        assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> proposals.award(row.id(), row.version(),
                form(other, row.suggestedReason())))).isInstanceOf(FieldException.class);
        assertThat(jdbc.queryForObject("select status from award_proposals where id = ?", String.class, row.id()))
                .isEqualTo("OPEN");
        assertThat(awardsOf(cadreId)).isZero();

        AwardRow recorded = as(DemoAccounts.CLERK, () -> proposals.award(row.id(), row.version(),
                form(cadreId, row.suggestedReason())));
        try {
            Map<String, Object> closed = jdbc.queryForMap("select status, award_id, closed_by from award_proposals"
                    + " where id = ?", row.id());
            assertThat(closed.get("status")).isEqualTo("AWARDED");
            assertThat(((Number) closed.get("award_id")).longValue()).isEqualTo(recorded.id());
            assertThat(closed.get("closed_by")).isEqualTo(DemoAccounts.CLERK_NAME);
            Map<String, Object> award = jdbc.queryForMap("select kind, award_type, cadre_id, reason from award_records"
                    + " where id = ?", recorded.id());
            assertThat(award.get("kind")).isEqualTo("AWARD");
            assertThat(award.get("award_type")).isEqualTo("COMMENDATION");
            assertThat(((Number) award.get("cadre_id")).longValue()).isEqualTo(cadreId);
            assertThat(award.get("reason")).isEqualTo("2025年度考核确定为“优秀”等次");
            assertThat(as(DemoAccounts.CLERK, () -> proposals.openProposals()))
                    .noneMatch(p -> p.cadreId() == cadreId);
            // Awarded once only: the proposal's old version is refused, and no second award is recorded.
            assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> proposals.award(row.id(), row.version(),
                    form(cadreId, row.suggestedReason())))).isInstanceOf(RuntimeException.class);
            assertThat(awardsOf(cadreId)).isEqualTo(1);
        } finally {
            // The demo's award figures belong to other tests: the award goes again (the proposal keeps its id).
            as(DemoAccounts.CLERK, () -> {
                awards.delete(recorded.id(), awards.get(recorded.id()).version());
                return null;
            });
        }
    }

    @Test
    void aGradeChangedAwayFromExcellentWithdrawsTheOpenProposal() throws Exception {
        CadreProfile created = create(AnnualGrade.EXCELLENT);
        long cadreId = created.cadreId();
        settle(cadreId);
        long first = mine(cadreId).id();

        CadreProfile saved = saveGrade(created, AnnualGrade.COMPETENT);
        settle(cadreId);
        Map<String, Object> withdrawn = jdbc.queryForMap("select status, closed_by, open_cadre_id from award_proposals"
                + " where id = ?", first);
        assertThat(withdrawn.get("status")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("closed_by")).isEqualTo("系统");
        assertThat(withdrawn.get("open_cadre_id")).isNull();
        assertThat(as(DemoAccounts.CLERK, () -> proposals.openProposals())).noneMatch(p -> p.cadreId() == cadreId);

        // Corrected back to 优秀: proposed afresh.
        saveGrade(saved, AnnualGrade.EXCELLENT);
        settle(cadreId);
        assertThat(proposalsOf(cadreId)).isEqualTo(2);
        assertThat(mine(cadreId).id()).isNotEqualTo(first);
    }

    @Test
    void theDemos2025ExcellentGradesAreProposedThroughTheSameEvent() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && jdbc.queryForObject("select count(*) from event_publication"
                + " where completion_date is null and event_type like '%AnnualGradesRecorded'", Integer.class) > 0) {
            Thread.sleep(100);
        }
        List<Long> excellent = jdbc.queryForList("select cadre_id from cadre_annual_grades where grade_year = 2025"
                + " and grade = 'EXCELLENT'", Long.class);
        List<Long> proposed = jdbc.queryForList("select p.cadre_id from award_proposals p join cadres c"
                + " on c.id = p.cadre_id where p.grade_year = 2025 and c.name not like '记功提议%'"
                + " and c.name not like '考核提议%' and p.status <> 'WITHDRAWN'", Long.class);
        assertThat(proposed).isNotEmpty().doesNotHaveDuplicates();
        assertThat(excellent).containsAll(proposed);
        // The demo's clerk decided two of them as a user would: one dismissed with a reason, one awarded.
        assertThat(jdbc.queryForList("select reason from award_proposals where status = 'DISMISSED'"
                + " and closed_by = ?", String.class, DemoAccounts.CLERK_NAME))
                .contains("该同志本年度已因同一事项受到表彰，不再重复记功");
        assertThat(jdbc.queryForList("select a.reason from award_proposals p join award_records a on a.id = p.award_id"
                + " join cadres c on c.id = p.cadre_id where p.status = 'AWARDED' and a.award_type = 'COMMENDATION'"
                + " and c.name not like '记功提议%'", String.class)).containsExactly("2025年度考核确定为“优秀”等次");
    }

    // --- helpers ------------------------------------------------------------------------------

    private AwardForm form(long cadreId, String reason) {
        AwardForm f = new AwardForm();
        f.setKind(AwardKind.AWARD);
        f.setCadreId(cadreId);
        f.setType(AwardType.COMMENDATION);
        f.setDecidedOn(LocalDate.now(clock));
        f.setIssuedBy("中共鄂东市委");
        f.setDocumentNo("鄂东发〔2026〕" + SEQ.incrementAndGet() + "号");
        f.setReason(reason);
        return f;
    }

    private AwardProposalRow mine(long cadreId) {
        return as(DemoAccounts.CLERK, () -> proposals.openProposals()).stream().filter(p -> p.cadreId() == cadreId)
                .findFirst().orElseThrow();
    }

    private int proposalsOf(long cadreId) {
        return jdbc.queryForObject("select count(*) from award_proposals where cadre_id = ?", Integer.class, cadreId);
    }

    private int awardsOf(long cadreId) {
        return jdbc.queryForObject("select count(*) from award_records where cadre_id = ?", Integer.class, cadreId);
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
        f.setCode("AP-" + n + "-" + System.nanoTime() % 100000);
        f.setName("记功提议" + n);
        f.setGender(Gender.MALE);
        f.setBirthDate(LocalDate.of(1978, 5, 1).plusDays(n));
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
        p.setWorkStarted(java.time.YearMonth.of(2000, 7));
        p.setPartyJoined(java.time.YearMonth.of(2002, 6));
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
