package org.cadreportal.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.ScoreEntry;

/**
 * The 2025 plan of the demo city through the office's own services: 145 indicators (130 scored from statistics),
 * three groups (the 10 县市区; the 40 市直单位 in two halves) with weights adding up to 100, then every unit's
 * statistics written into the downloaded template and imported, the scoring units' points entered, and scored.
 */
@RequiredArgsConstructor
final class DemoAssessment {

    static final int YEAR = 2025;
    static final int STATISTICS = 130;
    static final int INDICATORS = 145;

    private static final String[] DIMENSIONS = {"经济发展", "创新驱动", "改革开放", "民生保障", "生态文明", "安全稳定", "党的建设"};
    private static final String[] MEASURES = {"地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额",
            "一般公共预算收入", "税收收入", "实际利用外资", "进出口总额", "高新技术企业数", "研发经费投入强度",
            "技术合同成交额", "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇新增就业", "新建改建学校学位",
            "基本医疗保险参保率", "空气质量优良天数比例", "地表水达标率", "单位GDP能耗", "森林覆盖率",
            "亿元GDP生产安全事故死亡率", "信访事项及时受理率", "基层党组织标准化达标率", "营商环境评价得分",
            "招商引资到位资金", "重点项目投资完成额", "农业增加值", "粮食产量", "文化旅游收入", "政务服务一网通办率"};
    private static final String[] UNITS = {"%", "亿元", "亿元", "亿元", "亿元", "亿元", "亿美元", "亿元", "家", "%",
            "亿元", "元", "元", "人", "个", "%", "%", "%", "吨标煤/万元", "%", "人/亿元", "%", "%", "分", "亿元",
            "亿元", "亿元", "万吨", "亿元", "%"};

    /** The dimension of each measure (index into DIMENSIONS). */
    private static final int[] DIMENSION_OF = {0, 0, 0, 0, 0, 0, 2, 2, 1, 1, 1, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 2, 2,
            0, 0, 0, 0, 2};

    private final PlanService plans;
    private final AssessmentService assessment;
    private final Random rnd;

    long create(DemoCity.Tree tree) {
        PlanRow plan = plans.create(YEAR, "鄂东市2025年度高质量发展综合考核方案", PlanRules.defaults());
        long id = plan.id();
        List<Long> dims = new ArrayList<>();
        for (int d = 0; d < DIMENSIONS.length; d++) {
            dims.add(plans.addDimension(id, "D" + (d + 1), DIMENSIONS[d]));
        }
        long organisation = tree.municipals().stream().filter(u -> u.name().equals(DemoNames.ORGANISATION_DEPARTMENT))
                .findFirst().orElseThrow().id();
        List<Long> stats = new ArrayList<>();
        for (int i = 0; i < STATISTICS; i++) {
            Method m = Method.values()[i % 4];
            int k = i % MEASURES.length;
            boolean lower = MEASURES[k].contains("能耗") || MEASURES[k].contains("事故");
            String suffix = switch (m) {
                case TARGET_RATE -> "目标完成率";
                case EFFICACY -> "";
                case RANK -> "位次";
                default -> "增幅";
            };
            String name = MEASURES[k] + suffix + (i >= MEASURES.length ? "（" + (i / MEASURES.length + 1) + "）" : "");
            stats.add(plans.addIndicator(id, new IndicatorForm(dims.get(DIMENSION_OF[k]),
                    String.format("S%03d", i + 1), name, UNITS[k], lower ? Direction.NEGATIVE : Direction.POSITIVE,
                    DataSource.STATISTICS, m, m == Method.TARGET_RATE ? new BigDecimal("1.2") : null,
                    m == Method.EFFICACY || m == Method.GROWTH ? new BigDecimal("0.6") : null,
                    m == Method.RANK ? new BigDecimal("0.1") : null, null, null,
                    "由统计部门提供的" + MEASURES[k] + "年度数据直接计分。")));
        }
        List<Long> evals = new ArrayList<>();
        for (int e = 0; e < 8; e++) {
            evals.add(plans.addIndicator(id, new IndicatorForm(dims.get(e < 4 ? 3 : 6), String.format("E%02d", e + 1),
                    (e < 4 ? "重点工作推进成效评价" : "职能工作目标完成情况评价") + (e % 4 + 1), "分", Direction.POSITIVE,
                    DataSource.EVALUATION, Method.EVALUATION, null, null, null, null, organisation,
                    "由市委组织部会同有关部门评价打分。")));
        }
        long sup = plans.addIndicator(id, new IndicatorForm(dims.get(5), "SUP", "大督办督查结果扣分", "分",
                Direction.NEGATIVE, DataSource.SUPERVISION, Method.DEDUCTION, null, null, null, null, null,
                "按考核方案：每个红灯扣0.5分、每个逾期节点扣0.5分、每次约谈扣1分，最多扣5分。"));
        long awd = plans.addIndicator(id, new IndicatorForm(dims.get(6), "AWD", "记功奖励加分", "次", Direction.POSITIVE,
                DataSource.BONUS, Method.BONUS, null, null, null, BigDecimal.ONE, null, "本单位干部每获一次记功奖励加1分，最多加3分。"));
        long bon = plans.addIndicator(id, new IndicatorForm(dims.get(1), "BON", "国家级表彰和试点加分", "项",
                Direction.POSITIVE, DataSource.BONUS, Method.BONUS, null, null, null, BigDecimal.ONE, organisation,
                "获国家级表彰或承担国家级试点，每项加1分，最多加2分。"));
        long ded1 = plans.addIndicator(id, new IndicatorForm(dims.get(5), "DED1", "较大生产安全事故扣分", "起",
                Direction.NEGATIVE, DataSource.DEDUCTION, Method.DEDUCTION, null, null, null, new BigDecimal("2"),
                organisation, "每发生一起较大生产安全事故扣2分，最多扣5分。"));
        long ded2 = plans.addIndicator(id, new IndicatorForm(dims.get(5), "DED2", "重复信访和越级访扣分", "件",
                Direction.NEGATIVE, DataSource.DEDUCTION, Method.DEDUCTION, null, null, null, BigDecimal.ONE,
                organisation, "每件扣1分，最多扣5分。"));
        long vet1 = plans.addIndicator(id, new IndicatorForm(dims.get(5), "VET1", "重特大安全事故一票否决", null,
                Direction.NEGATIVE, DataSource.VETO, Method.VETO, null, null, null, null, organisation, "发生重特大安全事故的，考核等次定为较差。"));
        long vet2 = plans.addIndicator(id, new IndicatorForm(dims.get(6), "VET2", "党风廉政建设一票否决", null,
                Direction.NEGATIVE, DataSource.VETO, Method.VETO, null, null, null, null, organisation, "发生严重违纪违法问题的，考核等次定为较差。"));
        List<Long> common = List.of(sup, awd, bon, ded1, ded2, vet1, vet2);
        Map<Long, BigDecimal> extra = new LinkedHashMap<>();
        extra.put(sup, new BigDecimal("5"));
        extra.put(awd, new BigDecimal("3"));
        extra.put(bon, new BigDecimal("2"));
        extra.put(ded1, new BigDecimal("5"));
        extra.put(ded2, new BigDecimal("5"));
        extra.put(vet1, BigDecimal.ZERO);
        extra.put(vet2, BigDecimal.ZERO);
        List<DemoUnit> economic = tree.municipals().subList(0, 20);
        List<DemoUnit> others = tree.municipals().subList(20, 40);
        long g1 = group(id, "G1", "县市区", tree.counties(), stats.subList(0, 80), BigDecimal.ONE, evals.subList(0, 4),
                new BigDecimal("5"), extra);
        long g2 = group(id, "G2", "市直经济部门", economic, stats.subList(80, 105), new BigDecimal("3.2"),
                evals.subList(4, 6), BigDecimal.TEN, extra);
        long g3 = group(id, "G3", "市直党群和社会管理部门", others, stats.subList(105, 130), new BigDecimal("3.2"),
                evals.subList(6, 8), BigDecimal.TEN, extra);
        plans.publish(id, plans.details(id).plan().version());
        importStatistics(id);
        List<ScoreEntry> entries = new ArrayList<>();
        points(entries, tree.counties(), evals.subList(0, 4), 5);
        points(entries, economic, evals.subList(4, 6), 10);
        points(entries, others, evals.subList(6, 8), 10);
        entries.add(new ScoreEntry(ded1, tree.counties().get(3).id(), BigDecimal.ONE));
        entries.add(new ScoreEntry(ded2, tree.counties().get(6).id(), new BigDecimal("2")));
        entries.add(new ScoreEntry(bon, tree.counties().get(0).id(), BigDecimal.ONE));
        entries.add(new ScoreEntry(bon, economic.get(0).id(), new BigDecimal("2")));
        entries.add(new ScoreEntry(vet1, others.get(7).id(), BigDecimal.ONE));
        assessment.enterScores(id, entries);
        assert g1 != g2 && g2 != g3 && common.size() == 7;
        return id;
    }

    private long group(long planId, String code, String name, List<DemoUnit> units, List<Long> stats, BigDecimal w,
                       List<Long> evals, BigDecimal ew, Map<Long, BigDecimal> extra) {
        long g = plans.addGroup(planId, code, name, new BigDecimal("100"), units.stream().map(DemoUnit::id).toList());
        Map<Long, BigDecimal> weights = new LinkedHashMap<>();
        stats.forEach(s -> weights.put(s, w));
        evals.forEach(e -> weights.put(e, ew));
        weights.putAll(extra);
        plans.setWeights(g, weights);
        return g;
    }

    private void points(List<ScoreEntry> out, List<DemoUnit> units, List<Long> evals, double w) {
        for (DemoUnit u : units) {
            for (long e : evals) {
                double share = 0.7 + 0.3 * rnd.nextDouble();
                out.add(new ScoreEntry(e, u.id(), BigDecimal.valueOf(w * share).setScale(1, RoundingMode.HALF_UP)));
            }
        }
    }

    /** Fills the template the portal hands out, as a statistics office would, and imports it. */
    private void importStatistics(long planId) {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        assessment.writeTemplate(planId, template);
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                double target = 50 + rnd.nextInt(950);
                double actual = target * (0.8 + 0.45 * rnd.nextDouble());
                double previous = actual / (0.95 + 0.2 * rnd.nextDouble());
                row.createCell(5).setCellValue(round(target));
                row.createCell(6).setCellValue(round(actual));
                row.createCell(7).setCellValue(round(previous));
            }
            wb.write(filled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult result = assessment.importStatistics(planId, new ByteArrayInputStream(filled.toByteArray()));
        if (!result.ok()) {
            throw new IllegalStateException("demo statistics refused: " + result.errors().subList(0,
                    Math.min(5, result.errors().size())));
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
