package org.cadreportal.assessment.service;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.domain.Indicator;
import org.cadreportal.assessment.domain.IndicatorRepository;
import org.cadreportal.assessment.domain.ValueRecord;
import org.cadreportal.assessment.domain.ValueRecordRepository;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a whole statistics workbook before saving any of it: one bad row and nothing is saved, and the office
 * gets every bad row with its column and the reason. Rows update the unit's value of the indicator or add it.
 */
@Component
@RequiredArgsConstructor
class StatisticsImport {

    private final StatisticsWorkbook workbook;
    private final IndicatorRepository indicators;
    private final ValueRecordRepository values;
    private final UnitViewRepository units;
    private final JdbcTemplate jdbc;

    ImportResult run(long planId, InputStream in, String scopePath, String actor, LocalDateTime now) {
        List<RowError> errors = new ArrayList<>();
        List<StatisticsWorkbook.Parsed> rows = workbook.parse(in, errors);
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.findByPlanIdOrderBySortOrder(planId).forEach(i -> byCode.put(i.getCode(), i));
        Map<String, UnitView> unitsByCode = new HashMap<>();
        units.findByCodeIn(rows.stream().map(StatisticsWorkbook.Parsed::unitCode).distinct().toList())
                .forEach(u -> unitsByCode.put(u.getCode(), u));
        Map<Long, Long> groupOfUnit = new HashMap<>();
        jdbc.query("select unit_id, group_id from assessment_group_units where plan_id = ?",
                rs -> {
                    groupOfUnit.put(rs.getLong(1), rs.getLong(2));
                }, planId);
        Set<String> weighted = new HashSet<>();
        jdbc.query("select w.group_id, w.indicator_id from assessment_weights w join assessment_groups g"
                + " on g.id = w.group_id where g.plan_id = ?", rs -> {
            weighted.add(rs.getLong(1) + ":" + rs.getLong(2));
        }, planId);
        Map<String, ValueRecord> existing = new HashMap<>();
        values.findByPlanId(planId).forEach(v -> existing.put(v.getIndicatorId() + ":" + v.getUnitId(), v));
        Set<String> seen = new HashSet<>();
        List<Object[]> accepted = new ArrayList<>();
        for (StatisticsWorkbook.Parsed r : rows) {
            UnitView unit = unitsByCode.get(r.unitCode());
            Long group = unit == null ? null : groupOfUnit.get(unit.getId());
            if (r.unitCode().isEmpty()) {
                errors.add(error(r, StatisticsWorkbook.Col.UNIT_CODE, "validation.required"));
            } else if (unit == null || group == null || !unit.isWithin(scopePath)) {
                errors.add(error(r, StatisticsWorkbook.Col.UNIT_CODE, "assessment.error.unitNotInPlan", r.unitCode()));
            }
            Indicator ind = byCode.get(r.indicatorCode());
            if (r.indicatorCode().isEmpty()) {
                errors.add(error(r, StatisticsWorkbook.Col.INDICATOR_CODE, "validation.required"));
            } else if (ind == null) {
                errors.add(error(r, StatisticsWorkbook.Col.INDICATOR_CODE, "assessment.error.indicator", r.indicatorCode()));
            } else if (ind.getSource() != DataSource.STATISTICS) {
                errors.add(error(r, StatisticsWorkbook.Col.INDICATOR_CODE, "assessment.error.notStatistics", r.indicatorCode()));
            } else if (group != null && !weighted.contains(group + ":" + ind.getId())) {
                errors.add(error(r, StatisticsWorkbook.Col.INDICATOR_CODE, "assessment.error.notInGroup", r.indicatorCode(),
                        r.unitCode()));
            }
            if (unit == null || ind == null) {
                continue;
            }
            String key = ind.getId() + ":" + unit.getId();
            if (!seen.add(key)) {
                errors.add(error(r, StatisticsWorkbook.Col.INDICATOR_CODE, "assessment.error.duplicate", r.unitCode(),
                        r.indicatorCode()));
                continue;
            }
            ValueRecord old = existing.get(key);
            if (r.actual() == null && (old == null || old.getActual() == null)) {
                errors.add(error(r, StatisticsWorkbook.Col.ACTUAL, "validation.required"));
            }
            if (ind.getMethod() == Method.TARGET_RATE && r.target() == null && (old == null || old.getTarget() == null)) {
                errors.add(error(r, StatisticsWorkbook.Col.TARGET, "assessment.error.targetRequired"));
            }
            if (ind.getMethod() == Method.GROWTH && r.previous() == null && (old == null || old.getPrevious() == null)) {
                errors.add(error(r, StatisticsWorkbook.Col.PREVIOUS, "assessment.error.previousRequired"));
            }
            accepted.add(new Object[] {r, ind, unit});
        }
        if (!errors.isEmpty()) {
            return ImportResult.refused(errors);
        }
        List<ValueRecord> changed = new ArrayList<>();
        for (Object[] a : accepted) {
            StatisticsWorkbook.Parsed r = (StatisticsWorkbook.Parsed) a[0];
            Indicator ind = (Indicator) a[1];
            UnitView unit = (UnitView) a[2];
            ValueRecord v = existing.get(ind.getId() + ":" + unit.getId());
            if (v == null) {
                v = new ValueRecord(planId, ind.getId(), unit.getId());
            } else if (same(v, r)) {
                continue;
            }
            v.set(r.actual(), r.previous(), r.target(), actor, now);
            changed.add(v);
        }
        values.saveAll(changed);
        values.flush();
        return new ImportResult(rows.size(), List.of());
    }

    /** Whether a row would change nothing (an unchanged row keeps its history clean). */
    private static boolean same(ValueRecord v, StatisticsWorkbook.Parsed r) {
        return eq(r.actual(), v.getActual()) && eq(r.previous(), v.getPrevious()) && eq(r.target(), v.getTarget());
    }

    private static boolean eq(java.math.BigDecimal given, java.math.BigDecimal stored) {
        return given == null || (stored != null && given.compareTo(stored) == 0);
    }

    private RowError error(StatisticsWorkbook.Parsed r, StatisticsWorkbook.Col col, String key, Object... args) {
        return new RowError(r.row(), workbook.label(col.key), key, List.of(args));
    }
}
