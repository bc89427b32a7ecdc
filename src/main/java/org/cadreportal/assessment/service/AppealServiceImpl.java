package org.cadreportal.assessment.service;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.AppealFilter;
import org.cadreportal.assessment.AppealRow;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.AppealStatus;
import org.cadreportal.assessment.Correction;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.Publicity;
import org.cadreportal.assessment.PublicityStarted;
import org.cadreportal.assessment.StatisticsShare;
import org.cadreportal.assessment.domain.Appeal;
import org.cadreportal.assessment.domain.AppealRepository;
import org.cadreportal.assessment.domain.AssessmentPlan;
import org.cadreportal.assessment.domain.AssessmentPlanRepository;
import org.cadreportal.assessment.domain.Indicator;
import org.cadreportal.assessment.domain.IndicatorRepository;
import org.cadreportal.assessment.domain.ValueRecord;
import org.cadreportal.assessment.domain.ValueRecordRepository;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.base.WorkingDays;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 初步结果 → 公示 → 申诉 → 最终结果. Appeals and decisions lock the plan row like every data change, so an acceptance
 * and its calculation never interleave with another; an accepted appeal writes the plan's data the way a
 * statistic's correction or a scoring unit's entry does, and scores again.
 */
@Service
@Validated
@Transactional
@RequiredArgsConstructor
class AppealServiceImpl implements AppealService {

    private static final int MAX_DAYS = 30;

    private final AssessmentPlanRepository plans;
    private final IndicatorRepository indicators;
    private final ValueRecordRepository values;
    private final AppealRepository appeals;
    private final UnitViewRepository units;
    private final AppealQueries queries;
    private final ScoringRun scoring;
    private final PlanService planService;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final CurrentUsers users;
    private final DataScope scope;
    private final Clock clock;

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public Publicity publicity(long planId) {
        return row(plans.findById(planId).orElseThrow(RecordNotFoundException::new));
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    @Transactional(readOnly = true)
    public LocalDate publicityEnd(LocalDate start, int workingDays) {
        if (start == null) {
            throw new FieldException("start", "validation.required");
        }
        if (workingDays < 1 || workingDays > MAX_DAYS) {
            throw new FieldException("workingDays", "assessment.error.publicityDays", MAX_DAYS);
        }
        WorkingDays days = calendar.around(start);
        // The start date is the first day of the window when it is a working day.
        return days.plus(start, days.isWorkingDay(start) ? workingDays - 1 : workingDays);
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public Publicity startPublicity(long planId, int version, LocalDate start, int workingDays) {
        AssessmentPlan p = VersionedEntity.atVersion(plans.findForUpdate(planId), version);
        LocalDate end = publicityEnd(start, workingDays);
        p.startPublicity(start, workingDays, end, actor(), now());
        plans.saveAndFlush(p);
        events.publishEvent(new PublicityStarted(p.getId(), p.getYear(), p.getPublicityStart(), p.getPublicityEnd()));
        return row(p);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AppealRow fileAppeal(long planId, long unitId, long indicatorId, String reason, String evidence) {
        if (users.require().has(Role.ASSESSMENT)) {
            // The office decides appeals; it records a unit's written appeal with recordAppeal instead.
            throw new PortalException("assessment.error.officeAppeal");
        }
        AssessmentPlan p = locked(planId);
        LocalDate today = LocalDate.now(clock);
        if (!p.withinPublicity(today)) {
            throw new PortalException("assessment.error.outsideWindow", p.getPublicityStart(), p.getPublicityEnd());
        }
        UnitView unit = scope.unitInScope(unitId).orElseThrow(RecordNotFoundException::new);
        return file(p, unit, indicatorId, reason, evidence, today);
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public AppealRow recordAppeal(long planId, long unitId, long indicatorId, String reason, String evidence,
                                  LocalDate receivedOn) {
        AssessmentPlan p = locked(planId);
        if (receivedOn == null) {
            throw new FieldException("receivedOn", "validation.required");
        }
        if (!p.withinPublicity(receivedOn) || receivedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldException("receivedOn", "assessment.error.outsideWindow", p.getPublicityStart(),
                    p.getPublicityEnd());
        }
        UnitView unit = units.findById(unitId).orElseThrow(RecordNotFoundException::new);
        return file(p, unit, indicatorId, reason, evidence, receivedOn);
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public AppealRow decideAppeal(long appealId, int version, boolean accept, String reason, Correction correction) {
        Appeal a = VersionedEntity.atVersion(appeals.findById(appealId), version);
        AssessmentPlan p = locked(a.getPlanId());
        if (a.getStatus() != AppealStatus.OPEN) {
            throw new PortalException("assessment.error.appealDecided");
        }
        if (!accept) {
            a.reject(text(reason, "decisionReason", 1000, true), actor(), now());
            appeals.saveAndFlush(a);
            return appeal(appealId);
        }
        String why = text(reason, "decisionReason", 1000, false);
        Indicator ind = indicator(p.getId(), a.getIndicatorId());
        Correction c = correction == null ? Correction.none() : correction;
        if (counted(ind)) {
            // 大督办 and 记功 lines are counted by their own features: the calculation reads them afresh.
            a.accept(why, null, null, null, actor(), now());
        } else {
            if (c.actual() == null) {
                throw new FieldException("actual", "validation.required");
            }
            ValueRecord v = values.findByPlanIdAndIndicatorIdAndUnitId(p.getId(), ind.getId(), a.getUnitId())
                    .orElseGet(() -> new ValueRecord(p.getId(), ind.getId(), a.getUnitId()));
            if (ind.getSource() == DataSource.STATISTICS) {
                v.set(c.actual(), c.previous(), c.target(), actor(), now());
                a.accept(why, c.actual(), c.previous(), c.target(), actor(), now());
            } else {
                BigDecimal weight = weight(p.getId(), ind, a.getUnitId());
                if (!EnteredValues.acceptable(ind.getMethod(), c.actual(), weight)) {
                    throw new FieldException("actual", "assessment.error.value", ind.getCode(),
                            weight.stripTrailingZeros().toPlainString());
                }
                v.set(c.actual(), null, null, actor(), now());
                a.accept(why, c.actual(), null, null, actor(), now());
            }
            values.saveAndFlush(v);
        }
        appeals.saveAndFlush(a);
        scoring.run(p, now());
        return appeal(appealId);
    }

    @Override
    @RolesAllowed(AppRoles.ASSESSMENT)
    public Publicity finalizeResults(long planId, int version) {
        AssessmentPlan p = VersionedEntity.atVersion(plans.findForUpdate(planId), version);
        p.requirePublicity();
        if (!LocalDate.now(clock).isAfter(p.getPublicityEnd())) {
            throw new PortalException("assessment.error.publicityNotOver", p.getPublicityEnd());
        }
        long open = appeals.countByPlanIdAndStatus(planId, AppealStatus.OPEN);
        if (open > 0) {
            throw new PortalException("assessment.error.appealsOpen", open);
        }
        StatisticsShare share = planService.details(planId).plan().share();
        if (!share.met()) {
            throw new PortalException("assessment.error.shareBelowMinimum", percent(share.countShare()),
                    percent(share.minimum()));
        }
        p.makeFinal(actor(), now());
        plans.saveAndFlush(p);
        return row(p);
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public boolean canAppeal(long planId, long unitId) {
        CurrentUser user = users.require();
        if (!user.has(Role.CLERK) || user.has(Role.ASSESSMENT)) {
            return false;
        }
        boolean open = plans.findById(planId).map(p -> p.withinPublicity(LocalDate.now(clock))).orElse(false);
        return open && scope.unitInScope(unitId).isPresent();
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public Page<AppealRow> appeals(long planId, AppealFilter filter, Pageable pageable) {
        return queries.page(planId, filter, scope.path(), pageable);
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public long countAppeals(long planId, AppealFilter filter) {
        return queries.count(planId, filter, scope.path());
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public AppealRow appeal(long appealId) {
        return queries.one(appealId, scope.path()).stream().findFirst().orElseThrow(RecordNotFoundException::new);
    }

    // --- helpers -------------------------------------------------------------------------------

    private AppealRow file(AssessmentPlan p, UnitView unit, long indicatorId, String reason, String evidence,
                           LocalDate receivedOn) {
        String why = text(reason, "reason", 1000, true);
        String proof = text(evidence, "evidence", 2000, false);
        Indicator ind = indicator(p.getId(), indicatorId);
        weight(p.getId(), ind, unit.getId());
        if (appeals.existsByPlanIdAndUnitIdAndIndicatorIdAndStatus(p.getId(), unit.getId(), indicatorId,
                AppealStatus.OPEN)) {
            throw new PortalException("assessment.error.appealOpen", ind.getCode());
        }
        Appeal a = appeals.saveAndFlush(new Appeal(p.getId(), unit.getId(), indicatorId, why, proof, receivedOn,
                actor(), now()));
        return queries.one(a.getId(), "").stream().findFirst().orElseThrow(RecordNotFoundException::new);
    }

    /** Whether the line's data are counted by another feature (大督办; 记功 without a scoring unit), not entered here. */
    private static boolean counted(Indicator ind) {
        return ind.getSource() == DataSource.SUPERVISION || ind.getSource() == DataSource.BONUS
                && ind.getMethod() == Method.BONUS && ind.getScoringUnitId() == null;
    }

    private BigDecimal weight(long planId, Indicator ind, long unitId) {
        List<BigDecimal> w = queries.weight(planId, ind.getId(), unitId);
        if (w.isEmpty()) {
            throw new PortalException("assessment.error.notOnSheet", ind.getCode());
        }
        return w.get(0);
    }

    /** The plan locked like every data change, and in 公示. */
    private AssessmentPlan locked(long planId) {
        AssessmentPlan p = plans.findForUpdate(planId).orElseThrow(RecordNotFoundException::new);
        p.requirePublicity();
        return p;
    }

    private Indicator indicator(long planId, long indicatorId) {
        return indicators.findById(indicatorId).filter(i -> i.getPlanId() == planId)
                .orElseThrow(RecordNotFoundException::new);
    }

    private static String text(String value, String field, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw new FieldException(field, "validation.required");
            }
            return null;
        }
        if (v.length() > max) {
            throw new FieldException(field, "validation.tooLong", max);
        }
        return v;
    }

    private Publicity row(AssessmentPlan p) {
        return new Publicity(p.getId(), p.getVersion(), p.getStatus(), p.getPublicityStart(), p.getPublicityDays(),
                p.getPublicityEnd(), appeals.countByPlanIdAndStatus(p.getId(), AppealStatus.OPEN),
                p.getFinalizedAt(), p.getFinalizedBy());
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private String actor() {
        return users.require().displayName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
