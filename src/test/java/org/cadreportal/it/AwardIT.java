package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.AwardType;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.report.FigureSource;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB with the demo city: the article's 54 awards of 2025 are a count over the records, the list
 * and the dashboard agree with it, and a clerk saving over someone else's change is refused.
 */
class AwardIT extends LiveTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    @Autowired
    AwardService awards;

    @Autowired
    CadreService cadres;

    @Autowired
    List<FigureSource> sources;

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
    void the2025AwardsAreTheArticles54CountedFromTheRecords() {
        Long counted = jdbc.queryForObject(
                "select count(*) from award_records where kind = 'AWARD' and decided_on between ? and ?", Long.class,
                JAN_1, DEC_31);
        assertThat(counted).isEqualTo(54);
        FigureSource figures = sources.stream().filter(s -> s.definitions().stream()
                .anyMatch(d -> d.key().equals("award.awards"))).findFirst().orElseThrow();
        long figure = as().call(DemoAccounts.CLERK, () -> figures.counts(JAN_1, DEC_31, null).get("award.awards"));
        assertThat(figure).isEqualTo(54);
        long listed = as().call(DemoAccounts.CLERK, () -> awards.count(new AwardFilter(AwardKind.AWARD, null, null,
                null, JAN_1, DEC_31)));
        assertThat(listed).isEqualTo(54);
        // Every grade is among them, and the grades add up to the figure.
        long byType = 0;
        for (AwardType type : AwardType.values()) {
            long n = as().call(DemoAccounts.CLERK, () -> awards.count(new AwardFilter(AwardKind.AWARD, null, null,
                    type, JAN_1, DEC_31)));
            assertThat(n).as(type.name()).isPositive();
            byType += n;
        }
        assertThat(byType).isEqualTo(54);
        assertThat(jdbc.queryForObject("select count(*) from award_records where decided_on > ?", Long.class,
                DEC_31)).isPositive();
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        long cadreId = as().call(DemoAccounts.CLERK, () -> cadres.page(CadreFilter.active(), PageRequest.of(55, 1))
                .getContent().getFirst().id());
        AwardForm form = new AwardForm();
        form.setKind(AwardKind.CRITICISM);
        form.setCadreId(cadreId);
        form.setDecidedOn(LocalDate.now(clock).minusDays(1));
        form.setIssuedBy("市委");
        form.setReason("值班脱岗（测试）");
        AwardRow created = as().call(DemoAccounts.CLERK, () -> awards.create(form));
        try {
            form.setReason("值班脱岗，造成不良影响（测试）");
            AwardRow first = as().call(DemoAccounts.CLERK, () -> awards.update(created.id(), created.version(), form));
            assertThat(first.version()).isGreaterThan(created.version());
            form.setReason("另一位办事员的修改（测试）");
            assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> awards.update(created.id(), created.version(),
                    form))).isInstanceOf(StaleDataException.class);
            assertThat(as().call(DemoAccounts.CLERK, () -> awards.get(created.id())).reason())
                    .isEqualTo("值班脱岗，造成不良影响（测试）");
            assertThat(jdbc.queryForObject("select count(*) from award_records_aud where id = ?", Long.class,
                    created.id())).isEqualTo(2);
        } finally {
            jdbc.update("delete from award_records_aud where id = ?", created.id());
            jdbc.update("delete from award_records where id = ?", created.id());
        }
    }
}
