package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The 考核办 builds a yearly plan on MariaDB: dimensions, indicators, a group with its units and weights, an
 * indicator changed and one removed while the plan is a draft; once published, every change to it is refused; a
 * copy into the next year is a draft with the same library, and a change to the copy leaves the original as it was.
 */
class PlanEditingIT extends LiveTest {

    /** Years no other test or the demo uses; the plans are removed again after each test. */
    private static final int YEAR = 2046;
    private static final int NEXT = 2047;

    @Autowired
    PlanService plans;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private <T> T office(Supplier<T> work) {
        return new AsUser(userDetails).call(DemoAccounts.ASSESSMENT, work);
    }

    private void officeDoes(Runnable work) {
        office(() -> {
            work.run();
            return null;
        });
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from units where code = ?", Long.class, code);
    }

    private static IndicatorForm form(long dim, String code, String name, DataSource s, Method m) {
        return new IndicatorForm(dim, code, name, "%", Direction.POSITIVE, s, m, null, null, null, null, null,
                "定义 " + code);
    }

    private PlanDetails details(long plan) {
        return office(() -> plans.details(plan));
    }

    private IndicatorRow indicator(long plan, String code) {
        return details(plan).indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static void refusedAsNotDraft(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(PortalException.class)
                .satisfies(e -> assertThat(((PortalException) e).messageKey()).isEqualTo("assessment.error.notDraft"));
    }

    private static void refusedOnField(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOf(FieldException.class).satisfies(e -> {
            assertThat(((FieldException) e).field()).isEqualTo(field);
            assertThat(((FieldException) e).messageKey()).isEqualTo(key);
        });
    }

    @AfterEach
    void removeThePlans() {
        for (int year : new int[] {YEAR, NEXT}) {
            String plan = "(select id from assessment_plans where plan_year = " + year + ")";
            jdbc.update("delete from assessment_weights where group_id in (select id from assessment_groups where plan_id in "
                    + plan + ")");
            jdbc.update("delete from assessment_group_units where plan_id in " + plan);
            jdbc.update("delete from assessment_groups where plan_id in " + plan);
            jdbc.update("delete from assessment_indicators where plan_id in " + plan);
            jdbc.update("delete from assessment_dimensions where plan_id in " + plan);
            jdbc.update("delete from assessment_plans where plan_year = " + year);
        }
    }

    @Test
    void theOfficeBuildsAPlanChangesAndRemovesIndicatorsWhileDraftAndAPublishedPlanRefusesChanges() {
        long a = unit("M01");
        long b = unit("M02");
        long c = unit("M03");
        long plan = office(() -> plans.create(YEAR, "IT 方案", PlanRules.defaults()).id());
        long dim = office(() -> plans.addDimension(plan, "D1", "经济发展"));
        long dim2 = office(() -> plans.addDimension(plan, "D2", "民生保障"));
        long tr = office(() -> plans.addIndicator(plan, form(dim, "T1", "生产总值目标完成率", DataSource.STATISTICS,
                Method.TARGET_RATE)));
        long ef = office(() -> plans.addIndicator(plan, form(dim, "T2", "税收收入", DataSource.STATISTICS, Method.EFFICACY)));
        long ev = office(() -> plans.addIndicator(plan, form(dim2, "E1", "民生实事评价", DataSource.EVALUATION,
                Method.EVALUATION)));

        // Refusals name the field of the form: a code used twice, a method that cannot score the source, a
        // parameter out of range, a missing name (Bean Validation), a second dimension with the same code.
        refusedOnField(() -> office(() -> plans.addIndicator(plan, form(dim, "T1", "重复", DataSource.STATISTICS,
                Method.RANK))), "code", "assessment.error.codeTaken");
        refusedOnField(() -> office(() -> plans.addIndicator(plan, form(dim, "X1", "统计却评价", DataSource.STATISTICS,
                Method.EVALUATION))), "method", "assessment.error.methodForSource");
        refusedOnField(() -> office(() -> plans.addIndicator(plan, new IndicatorForm(dim, "X2", "b 超出", null,
                Direction.POSITIVE, DataSource.STATISTICS, Method.EFFICACY, null, BigDecimal.ONE, null, null, null,
                null))), "base", "validation.range");
        assertThatThrownBy(() -> office(() -> plans.addIndicator(plan, form(dim, "X3", " ", DataSource.STATISTICS,
                Method.RANK)))).isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .anyMatch(v -> v.getPropertyPath().toString().endsWith(".name")));
        refusedOnField(() -> office(() -> plans.addDimension(plan, "D1", "又一个")), "code",
                "assessment.error.codeTaken");

        // A group of two units, then a second group that wants one of them: refused; the first changed to three.
        long group = office(() -> plans.addGroup(plan, "G1", "市直试点", new BigDecimal("100"), List.of(a, b)));
        refusedOnField(() -> office(() -> plans.addGroup(plan, "G2", "另一类", new BigDecimal("100"), List.of(b))),
                "units", "assessment.error.unitInTwoGroups");
        GroupRow g = details(plan).groups().get(0);
        officeDoes(() -> plans.updateGroup(group, g.version(), "G1", "市直经济部门", new BigDecimal("100"),
                List.of(a, b, c)));
        assertThatThrownBy(() -> officeDoes(() -> plans.updateGroup(group, g.version(), "G1", "旧版本",
                new BigDecimal("100"), List.of(a)))).isInstanceOf(StaleDataException.class);
        Map<Long, BigDecimal> w = new LinkedHashMap<>();
        w.put(tr, new BigDecimal("50"));
        w.put(ef, new BigDecimal("30"));
        w.put(ev, new BigDecimal("20"));
        officeDoes(() -> plans.setWeights(group, w));
        GroupRow changed = details(plan).groups().get(0);
        assertThat(changed.name()).isEqualTo("市直经济部门");
        assertThat(changed.unitIds()).containsExactlyInAnyOrder(a, b, c);
        assertThat(changed.weightSum()).isEqualByComparingTo("100");
        // Two of three indicators from statistics, carrying 50 + 30 of the 100 points.
        PlanRow row = details(plan).plan();
        assertThat(row.share().fromStatistics()).isEqualTo(2);
        assertThat(row.share().countShare()).isEqualTo(2 / 3.0);
        assertThat(row.share().weightShare()).isEqualTo(0.8);

        // Changing an indicator: a stale version is refused, the current one saves the new name and method.
        IndicatorRow before = indicator(plan, "T2");
        IndicatorForm rank = new IndicatorForm(dim, "T2", "税收收入位次", "%", Direction.POSITIVE, DataSource.STATISTICS,
                Method.RANK, null, null, new BigDecimal("0.5"), null, null, "按位次计分");
        officeDoes(() -> plans.updateIndicator(ef, before.version(), rank));
        assertThatThrownBy(() -> officeDoes(() -> plans.updateIndicator(ef, before.version(), rank)))
                .isInstanceOf(StaleDataException.class);
        IndicatorRow after = indicator(plan, "T2");
        assertThat(after.name()).isEqualTo("税收收入位次");
        assertThat(after.method()).isEqualTo(Method.RANK);
        assertThat(after.step()).isEqualByComparingTo("0.5");
        refusedOnField(() -> office(() -> plans.updateIndicator(ef, after.version(), form(dim, "T1", "撞代码",
                DataSource.STATISTICS, Method.RANK))), "code", "assessment.error.codeTaken");
        assertThatThrownBy(() -> new AsUser(userDetails).call(DemoAccounts.COMMITTEE, () ->
                plans.updateIndicator(ef, after.version(), rank))).isInstanceOf(AccessDeniedException.class);

        // Removing the evaluation indicator takes its 20 points out of the group: 80 of 100 until re-weighted.
        officeDoes(() -> plans.removeIndicator(ev, indicator(plan, "E1").version()));
        PlanDetails removed = details(plan);
        assertThat(removed.indicators()).extracting(IndicatorRow::code).containsExactly("T1", "T2");
        assertThat(removed.groups().get(0).weights()).doesNotContainKey(ev);
        assertThat(removed.groups().get(0).weightSum()).isEqualByComparingTo("80");
        assertThat(removed.groups().get(0).balanced()).isFalse();
        officeDoes(() -> plans.setWeights(group, Map.of(tr, new BigDecimal("70"))));

        // The rules change while draft; a stale version is refused.
        PlanRules rules = new PlanRules(new BigDecimal("1"), new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("6"),
                new BigDecimal("0.25"), new BigDecimal("0.4"), new BigDecimal("60"), new BigDecimal("0.6"),
                new BigDecimal("0.15"));
        int version = details(plan).plan().version();
        officeDoes(() -> plans.updateRules(plan, version, rules));
        assertThat(details(plan).plan().rules().goodShare()).isEqualByComparingTo("0.25");
        assertThatThrownBy(() -> officeDoes(() -> plans.updateRules(plan, version, rules)))
                .isInstanceOf(StaleDataException.class);

        PlanRow published = office(() -> plans.publish(plan, details(plan).plan().version()));
        assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
        IndicatorRow t1 = indicator(plan, "T1");
        refusedAsNotDraft(() -> office(() -> plans.addDimension(plan, "D3", "生态文明")));
        refusedAsNotDraft(() -> office(() -> plans.addIndicator(plan, form(dim, "T9", "新指标", DataSource.STATISTICS,
                Method.RANK))));
        refusedAsNotDraft(() -> office(() -> plans.updateIndicator(t1.id(), t1.version(), t1.form())));
        refusedAsNotDraft(() -> officeDoes(() -> plans.removeIndicator(t1.id(), t1.version())));
        refusedAsNotDraft(() -> office(() -> plans.addGroup(plan, "G2", "另一类", new BigDecimal("100"), List.of())));
        GroupRow last = details(plan).groups().get(0);
        refusedAsNotDraft(() -> officeDoes(() -> plans.updateGroup(group, last.version(), "G1", "改名",
                new BigDecimal("100"), last.unitIds())));
        refusedAsNotDraft(() -> officeDoes(() -> plans.setWeights(group, Map.of(tr, new BigDecimal("60")))));
        refusedAsNotDraft(() -> office(() -> plans.updateRules(plan, published.version(), PlanRules.defaults())));
        PlanDetails unchanged = details(plan);
        assertThat(unchanged.indicators()).extracting(IndicatorRow::code).containsExactly("T1", "T2");
        assertThat(unchanged.groups().get(0).name()).isEqualTo("市直经济部门");
        assertThat(unchanged.groups().get(0).weights().get(tr)).isEqualByComparingTo("70");
    }

    @Test
    void aCopyIsNextYearsDraftWithTheSameLibraryAndChangingItLeavesTheOriginalAsItWas() {
        long a = unit("M04");
        long plan = office(() -> plans.create(YEAR, "鄂东市" + YEAR + "年度考核方案", PlanRules.defaults()).id());
        long dim = office(() -> plans.addDimension(plan, "D1", "经济发展"));
        long t1 = office(() -> plans.addIndicator(plan, form(dim, "T1", "生产总值", DataSource.STATISTICS,
                Method.EFFICACY)));
        long e1 = office(() -> plans.addIndicator(plan, form(dim, "E1", "评价", DataSource.EVALUATION, Method.EVALUATION)));
        long group = office(() -> plans.addGroup(plan, "G1", "县市区", new BigDecimal("100"), List.of(a)));
        officeDoes(() -> plans.setWeights(group, Map.of(t1, new BigDecimal("60"), e1, new BigDecimal("40"))));
        office(() -> plans.publish(plan, details(plan).plan().version()));

        PlanRow copy = office(() -> plans.copy(plan, NEXT));
        assertThat(copy.year()).isEqualTo(NEXT);
        assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copy.name()).isEqualTo("鄂东市" + NEXT + "年度考核方案");
        PlanDetails original = details(plan);
        PlanDetails copied = details(copy.id());
        assertThat(copied.dimensions()).extracting(d -> d.code() + " " + d.name()).containsExactly("D1 经济发展");
        assertThat(copied.indicators()).extracting(i -> i.code() + " " + i.name() + " " + i.source() + " " + i.method())
                .containsExactly("T1 生产总值 STATISTICS EFFICACY", "E1 评价 EVALUATION EVALUATION");
        assertThat(copied.indicators()).extracting(IndicatorRow::id).doesNotContain(t1, e1);
        GroupRow copiedGroup = copied.groups().get(0);
        assertThat(copiedGroup.unitIds()).containsExactly(a);
        assertThat(copiedGroup.weightSum()).isEqualByComparingTo("100");

        // The copy's indicator renamed, the other removed: the original year keeps both, named as before.
        IndicatorRow copiedT1 = copied.indicators().get(0);
        IndicatorForm renamed = new IndicatorForm(copiedT1.dimensionId(), "T1", "地区生产总值（新口径）", "亿元",
                Direction.POSITIVE, DataSource.STATISTICS, Method.EFFICACY, null, new BigDecimal("0.7"), null, null,
                null, "新口径");
        officeDoes(() -> plans.updateIndicator(copiedT1.id(), copiedT1.version(), renamed));
        IndicatorRow copiedE1 = copied.indicators().get(1);
        officeDoes(() -> plans.removeIndicator(copiedE1.id(), copiedE1.version()));
        assertThat(details(copy.id()).indicators()).extracting(IndicatorRow::name).containsExactly("地区生产总值（新口径）");
        PlanDetails still = details(plan);
        assertThat(still.indicators()).extracting(IndicatorRow::name).containsExactly("生产总值", "评价");
        assertThat(still.indicators().get(0).base()).isNull();
        assertThat(still.groups().get(0).weights()).isEqualTo(original.groups().get(0).weights());
        assertThat(still.plan().status()).isEqualTo(PlanStatus.PUBLISHED);
        refusedOnField(() -> office(() -> plans.copy(plan, NEXT)), "year", "assessment.error.yearTaken");
    }
}
