package org.cadreportal.assessment.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.domain.AssessmentGroupRepository;
import org.cadreportal.assessment.domain.DimensionRepository;
import org.cadreportal.assessment.domain.IndicatorRepository;
import org.cadreportal.base.FieldException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the office's input to a plan's library and groups must satisfy before it is saved, each refusal naming the
 * field of the form it concerns: codes unique in the plan, a method that can score the chosen data source, scoring
 * parameters in range, and each unit in one group of the plan at most.
 */
@Component
@RequiredArgsConstructor
class LibraryChecks {

    private final DimensionRepository dimensions;
    private final IndicatorRepository indicators;
    private final AssessmentGroupRepository groups;
    private final JdbcTemplate jdbc;

    void dimension(long planId, String code, String name) {
        codeAndName(code, 20, name, 100);
        if (dimensions.existsByPlanIdAndCode(planId, code.strip())) {
            throw new FieldException("code", "assessment.error.codeTaken", code.strip());
        }
    }

    /** {@code currentCode} is the indicator's code before the change, null for a new indicator. */
    void indicator(long planId, String currentCode, IndicatorForm f) {
        if (dimensions.findById(f.dimensionId()).filter(d -> d.getPlanId() == planId).isEmpty()) {
            throw new FieldException("dimensionId", "validation.required");
        }
        String code = f.code().strip();
        if (!code.equals(currentCode) && indicators.existsByPlanIdAndCode(planId, code)) {
            throw new FieldException("code", "assessment.error.codeTaken", code);
        }
        if (!f.source().methods().contains(f.method())) {
            throw new FieldException("method", "assessment.error.methodForSource");
        }
        range("cap", f.cap(), b -> b.signum() > 0);
        range("base", f.base(), b -> b.signum() >= 0 && b.compareTo(BigDecimal.ONE) < 0);
        range("step", f.step(), b -> b.signum() >= 0);
        range("perEvent", f.perEvent(), b -> b.signum() >= 0);
    }

    /** {@code groupId} null for a new group; its own units do not count as taken. */
    void group(long planId, Long groupId, String code, String name, BigDecimal total, List<Long> unitIds) {
        codeAndName(code, 20, name, 100);
        if (total == null) {
            throw new FieldException("total", "validation.required");
        }
        range("total", total, b -> b.signum() > 0);
        boolean codeTaken = groups.findByPlanIdOrderBySortOrder(planId).stream()
                .anyMatch(g -> g.getCode().equals(code.strip()) && !g.getId().equals(groupId));
        if (codeTaken) {
            throw new FieldException("code", "assessment.error.codeTaken", code.strip());
        }
        if (unitIds.isEmpty()) {
            return;
        }
        String marks = String.join(",", unitIds.stream().map(u -> "?").toList());
        Object[] params = new Object[unitIds.size() + 2];
        params[0] = planId;
        params[1] = groupId == null ? -1L : groupId;
        for (int i = 0; i < unitIds.size(); i++) {
            params[i + 2] = unitIds.get(i);
        }
        Integer taken = jdbc.queryForObject("select count(*) from assessment_group_units where plan_id = ?"
                + " and group_id <> ? and unit_id in (" + marks + ")", Integer.class, params);
        if (taken != null && taken > 0) {
            throw new FieldException("units", "assessment.error.unitInTwoGroups", taken);
        }
    }

    private static void codeAndName(String code, int codeMax, String name, int nameMax) {
        if (code == null || code.isBlank()) {
            throw new FieldException("code", "validation.required");
        }
        if (code.strip().length() > codeMax) {
            throw new FieldException("code", "validation.tooLong", codeMax);
        }
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "validation.required");
        }
        if (name.strip().length() > nameMax) {
            throw new FieldException("name", "validation.tooLong", nameMax);
        }
    }

    private static void range(String field, BigDecimal value, Predicate<BigDecimal> ok) {
        if (value != null && !ok.test(value)) {
            throw new FieldException(field, "validation.range");
        }
    }
}
