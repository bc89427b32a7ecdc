package org.cadreportal.assessment.service;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.DimensionRow;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.StatisticsShare;
import org.cadreportal.assessment.domain.AssessmentGroup;
import org.cadreportal.assessment.domain.AssessmentGroupRepository;
import org.cadreportal.assessment.domain.AssessmentPlan;
import org.cadreportal.assessment.domain.AssessmentPlanRepository;
import org.cadreportal.assessment.domain.Dimension;
import org.cadreportal.assessment.domain.DimensionRepository;
import org.cadreportal.assessment.domain.Indicator;
import org.cadreportal.assessment.domain.IndicatorRepository;
import org.cadreportal.assessment.domain.Weight;
import org.cadreportal.assessment.domain.WeightRepository;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class PlanServiceImpl implements PlanService {

    private final AssessmentPlanRepository plans;
    private final DimensionRepository dimensions;
    private final IndicatorRepository indicators;
    private final AssessmentGroupRepository groups;
    private final WeightRepository weights;
    private final JdbcTemplate jdbc;
    private final LibraryChecks checks;
    private final CurrentUsers users;
    private final Clock clock;

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<PlanRow> plans() {
        return plans.findAllByOrderByYearDesc().stream().map(p -> row(p, share(p, groupRows(p.getId())))).toList();
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public PlanDetails details(long planId) {
        AssessmentPlan p = plan(planId);
        List<GroupRow> groupRows = groupRows(planId);
        return new PlanDetails(row(p, share(p, groupRows)), dimensions.findByPlanIdOrderBySortOrder(planId).stream()
                .map(d -> new DimensionRow(d.getId(), d.getCode(), d.getName())).toList(),
                indicators.findByPlanIdOrderBySortOrder(planId).stream().map(Indicator::row).toList(), groupRows);
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public PlanRow create(int year, String name, PlanRules rules) {
        if (year < 2000 || year > 2100) {
            throw new FieldException("year", "validation.range");
        }
        if (plans.existsByYear(year)) {
            throw new FieldException("year", "assessment.error.yearTaken", String.valueOf(year));
        }
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "validation.required");
        }
        AssessmentPlan p = plans.saveAndFlush(new AssessmentPlan(year, name.strip(), rules, actor(), now()));
        return row(p, share(p, List.of()));
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public PlanRow updateRules(long planId, int version, PlanRules rules) {
        AssessmentPlan p = forChange(planId, version);
        p.setRules(rules, actor(), now());
        plans.flush();
        return row(p, share(p, groupRows(planId)));
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public long addDimension(long planId, String code, String name) {
        draft(planId);
        checks.dimension(planId, code, name);
        int order = dimensions.findByPlanIdOrderBySortOrder(planId).size() + 1;
        return dimensions.save(new Dimension(planId, code.strip(), name.strip(), order)).getId();
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public long addIndicator(long planId, IndicatorForm form) {
        draft(planId);
        checks.indicator(planId, null, form);
        // A JPA count flushes the indicators added before it in the same transaction; a plain JDBC query would not.
        return indicators.save(new Indicator(planId, form, (int) indicators.countByPlanId(planId) + 1)).getId();
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public IndicatorRow updateIndicator(long indicatorId, int version, IndicatorForm form) {
        Indicator i = indicators.findById(indicatorId).orElseThrow(RecordNotFoundException::new);
        draft(i.getPlanId());
        VersionedEntity.atVersion(Optional.of(i), version);
        checks.indicator(i.getPlanId(), i.getCode(), form);
        i.update(form);
        indicators.flush();
        return i.row();
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public void removeIndicator(long indicatorId, int version) {
        Indicator i = indicators.findById(indicatorId).orElseThrow(RecordNotFoundException::new);
        draft(i.getPlanId());
        VersionedEntity.atVersion(Optional.of(i), version);
        weights.deleteAll(weights.findByIndicatorId(indicatorId));
        weights.flush();
        indicators.delete(i);
        indicators.flush();
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public long addGroup(long planId, String code, String name, BigDecimal total, List<Long> unitIds) {
        draft(planId);
        checks.group(planId, null, code, name, total, unitIds);
        int order = groups.findByPlanIdOrderBySortOrder(planId).size() + 1;
        AssessmentGroup g = groups.saveAndFlush(new AssessmentGroup(planId, code.strip(), name.strip(), total, order));
        insertUnits(planId, g.getId(), unitIds);
        return g.getId();
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public void updateGroup(long groupId, int version, String code, String name, BigDecimal total, List<Long> unitIds) {
        AssessmentGroup g = groups.findById(groupId).orElseThrow(RecordNotFoundException::new);
        draft(g.getPlanId());
        VersionedEntity.atVersion(Optional.of(g), version);
        checks.group(g.getPlanId(), groupId, code, name, total, unitIds);
        g.update(code.strip(), name.strip(), total);
        groups.flush();
        jdbc.update("delete from assessment_group_units where group_id = ?", groupId);
        insertUnits(g.getPlanId(), groupId, unitIds);
    }

    private void insertUnits(long planId, long groupId, List<Long> unitIds) {
        jdbc.batchUpdate("insert into assessment_group_units (plan_id, group_id, unit_id) values (?, ?, ?)",
                unitIds.stream().distinct().map(u -> new Object[] {planId, groupId, u}).toList());
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public void setWeights(long groupId, Map<Long, BigDecimal> weightByIndicator) {
        AssessmentGroup g = groups.findById(groupId).orElseThrow(RecordNotFoundException::new);
        draft(g.getPlanId());
        Map<Long, Indicator> ofPlan = new HashMap<>();
        indicators.findByPlanIdOrderBySortOrder(g.getPlanId()).forEach(i -> ofPlan.put(i.getId(), i));
        Map<Long, Weight> current = new HashMap<>();
        weights.findByGroupId(groupId).forEach(w -> current.put(w.getIndicatorId(), w));
        weightByIndicator.forEach((indicatorId, weight) -> {
            if (!ofPlan.containsKey(indicatorId)) {
                throw new RecordNotFoundException();
            }
            if (weight == null || weight.signum() < 0) {
                throw new FieldException("weight", "validation.range");
            }
            Weight w = current.get(indicatorId);
            if (weight.signum() == 0 && w != null && ofPlan.get(indicatorId).getMethod().inTotal()) {
                weights.delete(w);
            } else if (w != null) {
                w.setWeight(weight);
            } else {
                weights.save(new Weight(groupId, indicatorId, weight));
            }
        });
        weights.flush();
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public PlanRow publish(long planId, int version) {
        AssessmentPlan p = forChange(planId, version);
        List<GroupRow> groupRows = groupRows(planId);
        if (groupRows.isEmpty()) {
            throw new PortalException("assessment.error.noGroups");
        }
        List<String> unbalanced = groupRows.stream().filter(g -> !g.balanced())
                .map(g -> g.name() + " " + g.weightSum().stripTrailingZeros().toPlainString() + "/"
                        + g.total().stripTrailingZeros().toPlainString()).toList();
        if (!unbalanced.isEmpty()) {
            throw new PortalException("assessment.error.weights", String.join(", ", unbalanced));
        }
        p.publish(actor(), now());
        plans.flush();
        return row(p, share(p, groupRows));
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public PlanRow copy(long fromPlanId, int year) {
        AssessmentPlan from = plan(fromPlanId);
        PlanRow created = create(year, from.getName().replace(String.valueOf(from.getYear()), String.valueOf(year)),
                from.rules());
        long to = created.id();
        Map<Long, Long> dimensionIds = new HashMap<>();
        for (Dimension d : dimensions.findByPlanIdOrderBySortOrder(fromPlanId)) {
            dimensionIds.put(d.getId(), dimensions.save(new Dimension(to, d.getCode(), d.getName(), d.getSortOrder())).getId());
        }
        Map<Long, Long> indicatorIds = new HashMap<>();
        for (Indicator i : indicators.findByPlanIdOrderBySortOrder(fromPlanId)) {
            indicatorIds.put(i.getId(), indicators.save(new Indicator(to, i.form(dimensionIds.get(i.getDimensionId())),
                    i.getSortOrder())).getId());
        }
        indicators.flush();
        for (GroupRow g : groupRows(fromPlanId)) {
            long gid = addGroup(to, g.code(), g.name(), g.total(), g.unitIds());
            Map<Long, BigDecimal> w = new LinkedHashMap<>();
            g.weights().forEach((i, v) -> w.put(indicatorIds.get(i), v));
            setWeights(gid, w);
        }
        return row(plan(to), share(plan(to), groupRows(to)));
    }

    // --- helpers -------------------------------------------------------------------------------

    private List<GroupRow> groupRows(long planId) {
        Map<Long, Indicator> byId = new HashMap<>();
        indicators.findByPlanIdOrderBySortOrder(planId).forEach(i -> byId.put(i.getId(), i));
        List<AssessmentGroup> gs = groups.findByPlanIdOrderBySortOrder(planId);
        Map<Long, List<Long>> units = new HashMap<>();
        jdbc.query("select group_id, unit_id from assessment_group_units where plan_id = ? order by unit_id",
                rs -> {
                    units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, planId);
        Map<Long, Map<Long, BigDecimal>> ws = new HashMap<>();
        if (!gs.isEmpty()) {
            weights.findByGroupIdIn(gs.stream().map(AssessmentGroup::getId).toList()).forEach(w ->
                    ws.computeIfAbsent(w.getGroupId(), k -> new LinkedHashMap<>()).put(w.getIndicatorId(), w.getWeight()));
        }
        return gs.stream().map(g -> {
            Map<Long, BigDecimal> w = ws.getOrDefault(g.getId(), Map.of());
            BigDecimal sum = w.entrySet().stream().filter(e -> byId.get(e.getKey()).getMethod().inTotal())
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new GroupRow(g.getId(), g.getCode(), g.getName(), g.getTotal(), sum,
                    List.copyOf(units.getOrDefault(g.getId(), List.of())), w, g.getVersion());
        }).toList();
    }

    /** Indicators scored from statistics without a human: their number and share, and their share of the groups' weight. */
    private StatisticsShare share(AssessmentPlan p, List<GroupRow> groupRows) {
        List<Indicator> all = indicators.findByPlanIdOrderBySortOrder(p.getId());
        Map<Long, Indicator> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.getId(), i));
        int automatic = (int) all.stream().filter(i -> i.row().automatic()).count();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (GroupRow g : groupRows) {
            for (Map.Entry<Long, BigDecimal> e : g.weights().entrySet()) {
                Indicator i = byId.get(e.getKey());
                if (i.getMethod().inTotal()) {
                    total = total.add(e.getValue());
                    if (i.row().automatic()) {
                        weighted = weighted.add(e.getValue());
                    }
                }
            }
        }
        return new StatisticsShare(all.size(), automatic, all.isEmpty() ? 0 : automatic / (double) all.size(),
                total.signum() == 0 ? 0 : weighted.doubleValue() / total.doubleValue(),
                p.rules().minStatistics().doubleValue());
    }

    private static PlanRow row(AssessmentPlan p, StatisticsShare share) {
        return new PlanRow(p.getId(), p.getVersion(), p.getYear(), p.getName(), p.getStatus(), p.rules(),
                p.getPublishedAt(), p.getScoredAt(), share);
    }

    private AssessmentPlan plan(long id) {
        return plans.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private AssessmentPlan draft(long planId) {
        AssessmentPlan p = plans.findForUpdate(planId).orElseThrow(RecordNotFoundException::new);
        p.requireDraft();
        return p;
    }

    private AssessmentPlan forChange(long planId, int version) {
        AssessmentPlan p = VersionedEntity.atVersion(plans.findForUpdate(planId), version);
        return p;
    }

    private String actor() {
        return users.require().displayName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
