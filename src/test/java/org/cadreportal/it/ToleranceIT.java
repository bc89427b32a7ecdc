package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MovableClock;
import org.cadreportal.tolerance.ApplicationFilter;
import org.cadreportal.tolerance.DisciplineDetails;
import org.cadreportal.tolerance.DisciplineFilter;
import org.cadreportal.tolerance.DisciplineForm;
import org.cadreportal.tolerance.DisciplineType;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceFigures;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.tolerance.VisitPlanForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB: the tolerance figures equal counts made over the records themselves (read here row by row
 * and counted in Java), for the whole city and for one county's clerk, who never sees beyond the county;
 * a visit not made turns overdue when its day passes; a stale change names who made the newer one.
 */
class ToleranceIT extends LiveTest {

    @Autowired
    ToleranceService tolerance;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private record Application(String outcome, LocalDate decidedOn, LocalDate appliedOn, String unitPath) {
    }

    private record Visit(LocalDate plannedOn, LocalDate visitedOn, String unitPath) {
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** The figures counted over the raw rows, in Java, with none of the service's SQL. */
    private ToleranceFigures counted(LocalDate from, LocalDate to, String scope) {
        List<Application> applications = jdbc.query("""
                select a.outcome, a.decided_on, a.applied_on, u.path from tolerance_applications a
                join units u on u.id = a.unit_id""", (rs, n) -> new Application(rs.getString(1), date(rs.getDate(2)),
                date(rs.getDate(3)), rs.getString(4)));
        List<Visit> visits = jdbc.query("""
                select v.planned_on, v.visited_on, u.path from education_visits v
                join discipline_records d on d.id = v.record_id join units u on u.id = d.unit_id""",
                (rs, n) -> new Visit(date(rs.getDate(1)), date(rs.getDate(2)), rs.getString(3)));
        LocalDate today = LocalDate.now(clock);
        long[] byOutcome = new long[FindingOutcome.values().length];
        long received = 0;
        for (Application a : applications) {
            if (!a.unitPath().startsWith(scope)) {
                continue;
            }
            if (a.outcome() != null && !a.decidedOn().isBefore(from) && !a.decidedOn().isAfter(to)) {
                byOutcome[FindingOutcome.valueOf(a.outcome()).ordinal()]++;
            }
            if (!a.appliedOn().isBefore(from) && !a.appliedOn().isAfter(to)) {
                received++;
            }
        }
        long made = 0;
        long overdue = 0;
        for (Visit v : visits) {
            if (!v.unitPath().startsWith(scope)) {
                continue;
            }
            if (v.visitedOn() != null && !v.visitedOn().isBefore(from) && !v.visitedOn().isAfter(to)) {
                made++;
            }
            if (v.visitedOn() == null && !v.plannedOn().isBefore(from) && !v.plannedOn().isAfter(to)
                    && v.plannedOn().isBefore(today)) {
                overdue++;
            }
        }
        return new ToleranceFigures(from, to, byOutcome[FindingOutcome.EXEMPT.ordinal()],
                byOutcome[FindingOutcome.REDUCED.ordinal()], byOutcome[FindingOutcome.REFUSED.ordinal()], received,
                made, overdue);
    }

    private String path(String unitCode) {
        return jdbc.queryForObject("select path from units where code = ?", String.class, unitCode);
    }

    @Test
    void theCitysFiguresEqualTheRecordsCountedOneByOne() {
        LocalDate today = LocalDate.now(clock);
        String city = path(DemoAccounts.CITY_CODE);
        for (LocalDate[] period : List.of(new LocalDate[] {LocalDate.of(2025, 1, 1), today},
                new LocalDate[] {today.minusMonths(6), today}, new LocalDate[] {LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31)})) {
            ToleranceFigures figures = as().call(DemoAccounts.CLERK,
                    () -> tolerance.figures(period[0], period[1], null));
            assertThat(figures).isEqualTo(counted(period[0], period[1], city));
        }
        ToleranceFigures all = as().call(DemoAccounts.DISCIPLINE,
                () -> tolerance.figures(LocalDate.of(2025, 1, 1), today, null));
        // The demo has every outcome, visits made and some overdue: the comparison above is not 0 = 0.
        assertThat(all.exempted()).isPositive();
        assertThat(all.reduced()).isPositive();
        assertThat(all.refused()).isPositive();
        assertThat(all.applicationsReceived()).isGreaterThanOrEqualTo(all.findings());
        assertThat(all.visitsMade()).isPositive();
        assertThat(all.visitsOverdue()).isPositive();
    }

    @Test
    void aCountyClerksFiguresAndListsStopAtTheCounty() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate today = LocalDate.now(clock);
        String county = path(DemoAccounts.COUNTY_CODE);
        long countyId = jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.COUNTY_CODE);
        long cityId = jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.CITY_CODE);

        ToleranceFigures own = as().call(DemoAccounts.COUNTY_CLERK, () -> tolerance.figures(from, today, null));
        assertThat(own).isEqualTo(counted(from, today, county));
        assertThat(own.applicationsReceived()).isPositive();
        // The city clerk asking for the county gets the same; the county clerk asking for the city gets nothing.
        assertThat(as().call(DemoAccounts.CLERK, () -> tolerance.figures(from, today, countyId))).isEqualTo(own);
        ToleranceFigures city = as().call(DemoAccounts.CLERK, () -> tolerance.figures(from, today, null));
        assertThat(city.applicationsReceived()).isGreaterThan(own.applicationsReceived());
        assertThatThrownBy(() -> as().call(DemoAccounts.COUNTY_CLERK, () -> tolerance.figures(from, today, cityId)))
                .isInstanceOf(RecordNotFoundException.class);

        long applicationsInCounty = jdbc.queryForObject("""
                select count(*) from tolerance_applications a join units u on u.id = a.unit_id
                where u.path like concat(?, '%')""", Long.class, county);
        long recordsInCounty = jdbc.queryForObject("""
                select count(*) from discipline_records d join units u on u.id = d.unit_id
                where u.path like concat(?, '%')""", Long.class, county);
        assertThat(as().call(DemoAccounts.COUNTY_CLERK, () -> tolerance.count(ApplicationFilter.all())))
                .isEqualTo(applicationsInCounty);
        assertThat(as().call(DemoAccounts.COUNTY_CLERK, () -> tolerance.disciplineCount(DisciplineFilter.all())))
                .isEqualTo(recordsInCounty).isPositive();
        assertThat(as().call(DemoAccounts.COUNTY_CLERK, () -> tolerance.disciplinePage(DisciplineFilter.all(),
                PageRequest.of(0, 100)).getContent())).allSatisfy(r -> assertThat(jdbc.queryForObject(
                "select u.path from discipline_records d join units u on u.id = d.unit_id where d.id = ?",
                String.class, r.id())).startsWith(county));
    }

    @Test
    void aPlannedVisitNotMadeTurnsOverdueWhenItsDayPassesAndAStaleChangeNamesWhoWasFirst() {
        long cadreId = jdbc.queryForObject("""
                select c.id from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from discipline_records d where d.cadre_id = c.id)
                order by c.id desc limit 1 offset 7""", Long.class);
        LocalDate today = LocalDate.now(clock);
        DisciplineForm form = new DisciplineForm();
        form.setCadreId(cadreId);
        form.setType(DisciplineType.ADMONITION);
        form.setDecidedOn(today.minusDays(30));
        form.setImpactUntil(today.plusMonths(6));
        DisciplineDetails recorded = as().call(DemoAccounts.DISCIPLINE, () -> tolerance.recordDiscipline(form));
        DisciplineDetails planned = as().call(DemoAccounts.DISCIPLINE, () -> tolerance.planVisit(recorded.id(),
                recorded.version(), new VisitPlanForm(today.plusDays(1), List.of("周正平", "王敏"))));
        assertThat(planned.overdueVisits()).isZero();

        // The clerk's page still shows the record before the visit was planned: their change is refused.
        assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> tolerance.planVisit(recorded.id(),
                recorded.version(), new VisitPlanForm(today.plusDays(5), List.of("王敏", "李娟")))))
                .isInstanceOfSatisfying(StaleDataException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("tolerance.error.changed");
                    assertThat(e.args()[0]).isEqualTo(DemoAccounts.DISCIPLINE_NAME);
                });

        LocalDate from = today.minusDays(60);
        LocalDate to = today.plusDays(60);
        ToleranceFigures before = as().call(DemoAccounts.DISCIPLINE, () -> tolerance.figures(from, to, null));
        DisciplineFilter overdueOnly = new DisciplineFilter(null, null, DisciplineType.ADMONITION, true);
        try {
            clock.advance(Duration.ofDays(2));
            DisciplineDetails later = as().call(DemoAccounts.DISCIPLINE, () -> tolerance.discipline(recorded.id()));
            assertThat(later.overdueVisits()).isEqualTo(1);
            assertThat(later.visits()).singleElement().satisfies(v -> assertThat(v.overdue()).isTrue());
            ToleranceFigures after = as().call(DemoAccounts.DISCIPLINE, () -> tolerance.figures(from, to, null));
            assertThat(after).isEqualTo(counted(from, to, path(DemoAccounts.CITY_CODE)));
            assertThat(after.visitsOverdue()).isGreaterThanOrEqualTo(before.visitsOverdue() + 1);
            assertThat(as().call(DemoAccounts.DISCIPLINE, () -> tolerance.disciplinePage(overdueOnly,
                    PageRequest.of(0, 200)).getContent())).anySatisfy(r -> {
                        assertThat(r.id()).isEqualTo(recorded.id());
                        assertThat(r.visitsOverdue()).isEqualTo(1);
                    });
        } finally {
            clock.reset();
        }
    }
}
