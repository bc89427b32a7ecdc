package org.cadreportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.AppealRow;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.Correction;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.ValueRow;
import org.springframework.data.domain.PageRequest;

/**
 * The 2025 plan's results procedure, through the office's services: 公示 from Monday 2026-01-05 for 5 working days,
 * two written appeals received within it, one accepted (the statistics office corrected a figure, and the unit
 * overtakes the one ranked above it) and one rejected with a reason, then the final result.
 */
@RequiredArgsConstructor
final class DemoAppeals {

    static final LocalDate PUBLICITY_START = LocalDate.of(2026, 1, 5);
    static final int PUBLICITY_DAYS = 5;
    private static final BigDecimal CAP = new BigDecimal("1.2");

    private final PlanService plans;
    private final AssessmentService assessment;
    private final AppealService appeals;
    /** Writes the pending changes of the demo's one transaction, so a plan's version is its latest. */
    private final Runnable flush;

    /** Returns the unit whose appeal was accepted. */
    String run(long planId) {
        flush.run();
        appeals.startPublicity(planId, appeals.publicity(planId).version(), PUBLICITY_START, PUBLICITY_DAYS);
        PlanDetails details = plans.details(planId);
        Map<Long, IndicatorRow> library = details.indicators().stream()
                .collect(Collectors.toMap(IndicatorRow::id, Function.identity()));
        GroupRow group = details.groups().stream().filter(g -> g.code().equals("G2")).findFirst().orElseThrow();
        List<ResultRow> ranking = assessment.ranking(planId, group.id(), PageRequest.of(0, 100)).getContent();
        // The first unit whose best-founded correction lifts it past the unit ranked just above it.
        ResultRow appellant = ranking.get(ranking.size() - 1);
        SheetLine line = null;
        for (int i = 1; i < ranking.size() && line == null; i++) {
            SheetLine best = bestLine(planId, ranking.get(i).unitId(), library);
            BigDecimal gap = ranking.get(i - 1).total().subtract(ranking.get(i).total());
            if (best != null && gain(best).compareTo(gap) > 0) {
                appellant = ranking.get(i);
                line = best;
            }
        }
        if (line == null) {
            line = bestLine(planId, appellant.unitId(), library);
        }
        ValueRow value = assessment.value(line.valueId());
        boolean lower = library.get(line.indicatorId()).direction() == Direction.NEGATIVE;
        BigDecimal corrected = (lower ? value.target().divide(CAP, 4, RoundingMode.HALF_UP) : value.target().multiply(CAP))
                .setScale(2, RoundingMode.HALF_UP);
        AppealRow accepted = appeals.recordAppeal(planId, appellant.unitId(), line.indicatorId(),
                "统计部门年报漏计了本单位下属企业的数据，" + line.name() + "的本年值应为" + corrected.toPlainString()
                        + "，申请按更正后的数据计分。",
                "市统计局《关于更正2025年度部分统计数据的函》（鄂东统函〔2026〕3号）", PUBLICITY_START.plusDays(2));
        ResultRow first = ranking.get(0);
        SheetLine evaluation = assessment.sheet(planId, first.unitId()).lines().stream()
                .filter(l -> l.source() == DataSource.EVALUATION).findFirst().orElseThrow();
        AppealRow rejected = appeals.recordAppeal(planId, first.unitId(), evaluation.indicatorId(),
                "本单位重点工作推进成效明显，评价得分偏低，申请复核。", "本单位2025年度工作总结", PUBLICITY_START.plusDays(3));
        appeals.decideAppeal(accepted.id(), accepted.version(), true, "经市统计局核实，原数据漏报，按更正后的数据重新计分。",
                new Correction(corrected, null, null));
        appeals.decideAppeal(rejected.id(), rejected.version(), false,
                "评价打分按评价细则逐项进行，依据充分，未提供新的事实材料，维持原评分。", Correction.none());
        flush.run();
        appeals.finalizeResults(planId, appeals.publicity(planId).version());
        return appellant.unitName();
    }

    /** The unit's 目标完成率 statistics line with the most points still to gain up to the cap. */
    private SheetLine bestLine(long planId, long unitId, Map<Long, IndicatorRow> library) {
        SheetLine best = null;
        for (SheetLine l : assessment.sheet(planId, unitId).lines()) {
            if (l.source() == DataSource.STATISTICS && l.method() == Method.TARGET_RATE && l.valueId() != null
                    && library.containsKey(l.indicatorId()) && (best == null || gain(l).compareTo(gain(best)) > 0)) {
                best = l;
            }
        }
        return best;
    }

    private static BigDecimal gain(SheetLine l) {
        return l.weight().multiply(CAP).subtract(l.score());
    }
}
