package org.cadreportal.assessment.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.EventType;
import org.cadreportal.assessment.Evidence;
import org.cadreportal.assessment.EvidenceSource;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.assessment.ScoreCell;
import org.cadreportal.assessment.ScoreEntry;
import org.cadreportal.assessment.ScoringSummary;
import org.cadreportal.assessment.StatisticRow;
import org.cadreportal.assessment.StatisticsFilter;
import org.cadreportal.assessment.UnitSheet;
import org.cadreportal.assessment.ValueRow;
import org.cadreportal.assessment.domain.AssessmentPlan;
import org.cadreportal.assessment.domain.AssessmentPlanRepository;
import org.cadreportal.assessment.domain.Indicator;
import org.cadreportal.assessment.domain.IndicatorRepository;
import org.cadreportal.assessment.domain.ValueRecord;
import org.cadreportal.assessment.domain.ValueRecordRepository;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.audit.HistoryQuery;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.AssessmentReaders;
import org.cadreportal.security.roles.AssessmentScorers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class AssessmentServiceImpl implements AssessmentService {

    private static final List<String> HISTORY_FIELDS = List.of("actual", "previous", "target");
    /** The sources whose values a human enters (the others are imported or counted). */
    private static final List<DataSource> ENTERED = List.of(DataSource.EVALUATION, DataSource.BONUS,
            DataSource.DEDUCTION, DataSource.VETO);

    private final AssessmentPlanRepository plans;
    private final IndicatorRepository indicators;
    private final ValueRecordRepository values;
    private final UnitViewRepository units;
    private final StatisticsWorkbook workbook;
    private final StatisticsImport importer;
    private final ScoringRun scoring;
    private final ResultQueries results;
    private final DataQueries data;
    private final HistoryQuery history;
    private final List<EvidenceSource> sources;
    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final DataScope scope;
    private final Clock clock;

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    @Transactional(readOnly = true)
    public void writeTemplate(long planId, OutputStream out) {
        plan(planId);
        List<StatisticsWorkbook.Line> lines = jdbc.query("""
                select u.code, u.name, i.code, i.name, i.measure, v.target, v.actual, v.previous
                from assessment_group_units gu join units u on u.id = gu.unit_id
                join assessment_weights w on w.group_id = gu.group_id
                join assessment_indicators i on i.id = w.indicator_id and i.data_source = 'STATISTICS'
                left join assessment_values v on v.plan_id = gu.plan_id and v.indicator_id = i.id and v.unit_id = u.id
                where gu.plan_id = ? and u.path like ?
                order by gu.group_id, u.code, i.sort_order""", (rs, n) -> new StatisticsWorkbook.Line(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8)), planId, scope.path() + "%");
        workbook.write(lines, out);
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public ImportResult importStatistics(long planId, InputStream in) {
        AssessmentPlan p = published(planId);
        ImportResult result = importer.run(planId, in, scope.path(), actor(), now());
        if (result.ok()) {
            scoring.run(p, now());
        }
        return result;
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public void setStatistic(long planId, long indicatorId, long unitId, BigDecimal actual, BigDecimal previous,
                             BigDecimal target) {
        AssessmentPlan p = published(planId);
        Indicator ind = indicator(planId, indicatorId);
        if (ind.getSource() != DataSource.STATISTICS) {
            throw new PortalException("assessment.error.notStatistics", ind.getCode());
        }
        inPlan(planId, unitId);
        ValueRecord v = values.findByPlanIdAndIndicatorIdAndUnitId(planId, indicatorId, unitId)
                .orElseGet(() -> new ValueRecord(planId, indicatorId, unitId));
        // The import's rules for a row, field by field: what the method needs must be there after the change.
        if (actual == null && v.getActual() == null) {
            throw new FieldException("actual", "validation.required");
        }
        if (ind.getMethod() == Method.TARGET_RATE && (target == null ? v.getTarget() : target) == null) {
            throw new FieldException("target", "assessment.error.targetRequired");
        }
        if (ind.getMethod() == Method.GROWTH && previous == null && v.getPrevious() == null) {
            throw new FieldException("previous", "assessment.error.previousRequired");
        }
        v.set(actual, previous, target, actor(), now());
        values.saveAndFlush(v);
        scoring.run(p, now());
    }

    @Override
    @AssessmentScorers
    public void enterScores(long planId, List<ScoreEntry> entries) {
        AssessmentPlan p = published(planId);
        boolean office = users.require().has(Role.ASSESSMENT);
        long ownUnit = scope.unitId();
        for (int i = 0; i < entries.size(); i++) {
            ScoreEntry e = entries.get(i);
            Indicator ind = indicator(planId, e.indicatorId());
            if (ind.getSource() == DataSource.STATISTICS || ind.getSource() == DataSource.SUPERVISION) {
                throw new PortalException("assessment.error.notEntered", ind.getCode());
            }
            if (!office && (ind.getScoringUnitId() == null || ind.getScoringUnitId() != ownUnit)) {
                throw new PortalException("assessment.error.notYourIndicator", ind.getCode());
            }
            BigDecimal weight = weightFor(planId, e.indicatorId(), e.unitId());
            BigDecimal v = e.value();
            if (!EnteredValues.acceptable(ind.getMethod(), v, weight)) {
                // Named by the entry's place, so a sheet of many cells marks the one refused.
                throw new FieldException(ScoreEntry.field(i), "assessment.error.value", ind.getCode(),
                        weight.stripTrailingZeros().toPlainString());
            }
            ValueRecord rec = values.findByPlanIdAndIndicatorIdAndUnitId(planId, e.indicatorId(), e.unitId())
                    .orElseGet(() -> new ValueRecord(planId, e.indicatorId(), e.unitId()));
            rec.set(v, null, null, actor(), now());
            values.save(rec);
        }
        values.flush();
        scoring.run(p, now());
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public ScoringSummary score(long planId) {
        return scoring.run(published(planId), now());
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public Page<ResultRow> ranking(long planId, long groupId, Pageable pageable) {
        return results.ranking(planId, groupId, scope.path(), pageable);
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public long countRanking(long planId, long groupId) {
        return results.count(planId, groupId, scope.path());
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public UnitSheet sheet(long planId, long unitId) {
        AssessmentPlan p = plan(planId);
        inScope(unitId);
        return results.sheet(p.getYear(), planId, unitId);
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<Evidence> evidence(long planId, long unitId, long indicatorId) {
        AssessmentPlan p = plan(planId);
        inScope(unitId);
        Indicator ind = indicator(planId, indicatorId);
        boolean awards = ind.getSource() == DataSource.BONUS && ind.getMethod() == Method.BONUS
                && ind.getScoringUnitId() == null;
        boolean supervision = ind.getSource() == DataSource.SUPERVISION;
        List<Evidence> out = new ArrayList<>();
        for (EvidenceSource s : sources) {
            boolean wanted = s.types().stream().anyMatch(t -> t == EventType.AWARD ? awards : supervision);
            if (wanted) {
                out.addAll(s.evidence(p.getYear(), unitId));
            }
        }
        return out;
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public ValueRow value(long valueId) {
        ValueRecord v = values.findById(valueId).orElseThrow(RecordNotFoundException::new);
        UnitView unit = inScope(v.getUnitId());
        Indicator ind = indicators.findById(v.getIndicatorId()).orElseThrow(RecordNotFoundException::new);
        return results.value(v, ind.getCode(), ind.getName(), unit.getName());
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<StatisticRow> statistics(long planId, StatisticsFilter filter, Pageable pageable) {
        plan(planId);
        return data.statistics(planId, filter, scope.path(), pageable);
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public long countStatistics(long planId, StatisticsFilter filter) {
        plan(planId);
        return data.count(planId, filter, scope.path());
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<HistoryEntry> valueHistory(long valueId) {
        ValueRecord v = values.findById(valueId).orElseThrow(RecordNotFoundException::new);
        inScope(v.getUnitId());
        return history.historyOf(ValueRecord.class, valueId, HISTORY_FIELDS);
    }

    @Override
    @AssessmentScorers
    @Transactional(readOnly = true)
    public List<IndicatorRow> scoringIndicators(long planId) {
        plan(planId);
        if (users.require().has(Role.ASSESSMENT)) {
            return indicators.findEnteredByPlan(planId, ENTERED).stream().map(Indicator::row).toList();
        }
        return indicators.findEnteredByScoringUnit(planId, ENTERED, scope.unitId()).stream().map(Indicator::row)
                .toList();
    }

    @Override
    @AssessmentScorers
    @Transactional(readOnly = true)
    public java.util.Optional<String> scoringClosed(long planId) {
        return plan(planId).collectingClosed();
    }

    @Override
    @AssessmentScorers
    @Transactional(readOnly = true)
    public List<ScoreCell> scoreSheet(long planId, long indicatorId) {
        plan(planId);
        Indicator ind = indicator(planId, indicatorId);
        if (!ENTERED.contains(ind.getSource())) {
            throw new PortalException("assessment.error.notEntered", ind.getCode());
        }
        if (!users.require().has(Role.ASSESSMENT) && !Long.valueOf(scope.unitId()).equals(ind.getScoringUnitId())) {
            throw new PortalException("assessment.error.notYourIndicator", ind.getCode());
        }
        return data.scoreSheet(planId, indicatorId);
    }

    // --- helpers -------------------------------------------------------------------------------

    private UnitView inScope(long unitId) {
        UnitView unit = units.findById(unitId).orElseThrow(RecordNotFoundException::new);
        if (!scope.covers(unit)) {
            throw new RecordNotFoundException();
        }
        return unit;
    }

    private void inPlan(long planId, long unitId) {
        Integer n = jdbc.queryForObject("select count(*) from assessment_group_units where plan_id = ? and unit_id = ?",
                Integer.class, planId, unitId);
        if (n == null || n == 0) {
            throw new RecordNotFoundException();
        }
        inScope(unitId);
    }

    private BigDecimal weightFor(long planId, long indicatorId, long unitId) {
        List<BigDecimal> w = jdbc.queryForList("select w.weight from assessment_weights w join assessment_group_units gu"
                + " on gu.group_id = w.group_id where gu.plan_id = ? and gu.unit_id = ? and w.indicator_id = ?",
                BigDecimal.class, planId, unitId, indicatorId);
        if (w.isEmpty()) {
            throw new PortalException("assessment.error.notInGroup", indicatorId, unitId);
        }
        return w.get(0);
    }

    private Indicator indicator(long planId, long indicatorId) {
        return indicators.findById(indicatorId).filter(i -> i.getPlanId() == planId)
                .orElseThrow(RecordNotFoundException::new);
    }

    private AssessmentPlan plan(long planId) {
        return plans.findById(planId).orElseThrow(RecordNotFoundException::new);
    }

    /**
     * The plan, locked for the change and its calculation: data are only collected for a published plan (in 公示
     * only an accepted appeal changes them, see AppealServiceImpl; a final result is locked).
     */
    private AssessmentPlan published(long planId) {
        AssessmentPlan p = plans.findForUpdate(planId).orElseThrow(RecordNotFoundException::new);
        p.requireCollecting();
        return p;
    }

    private String actor() {
        return users.require().displayName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
