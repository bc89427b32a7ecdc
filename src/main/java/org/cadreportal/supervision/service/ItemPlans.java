package org.cadreportal.supervision.service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongFunction;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.security.DataScope;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemType;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.domain.Aspect;
import org.cadreportal.supervision.domain.AspectRepository;
import org.cadreportal.supervision.domain.ItemCadre;
import org.cadreportal.supervision.domain.ItemCadreRepository;
import org.cadreportal.supervision.domain.SupervisionItem;
import org.springframework.stereotype.Component;

/**
 * A supervision item's plan, checked before it is written: an active aspect, lead and co-units in the
 * planner's scope, its responsible cadres, what its control method needs (a benchmark item, a monitored
 * figure) and milestones inside the period with planned progress that never goes back.
 */
@Component
@RequiredArgsConstructor
class ItemPlans {

    private final AspectRepository aspects;
    private final ItemCadreRepository cadres;
    private final DataScope scope;

    /** Plans the item as the form says; a benchmark is looked up by the caller, which knows who may read it. */
    void plan(SupervisionItem item, ItemForm f, LongFunction<SupervisionItem> readableItem) {
        if (f.getEndDate().isBefore(f.getStartDate())) {
            throw new FieldException("endDate", "supervision.error.endBeforeStart");
        }
        Aspect aspect = aspects.findById(f.getAspectId()).filter(Aspect::isActive)
                .orElseThrow(() -> new FieldException("aspectId", "validation.required"));
        UnitView lead = unitInScope(f.getLeadUnitId(), "leadUnitId");
        Set<UnitView> co = new HashSet<>();
        for (Long unitId : f.getCoUnitIds()) {
            co.add(unitInScope(unitId, "coUnitIds"));
        }
        Set<ItemCadre> responsible = new HashSet<>(cadres.findAllById(f.getCadreIds()));
        if (responsible.size() != f.getCadreIds().size() || responsible.isEmpty()) {
            throw new FieldException("cadreIds", "validation.required");
        }
        SupervisionItem benchmark = null;
        if (f.getMethod() == ControlMethod.BENCHMARK) {
            if (f.getBenchmarkItemId() == null) {
                throw new FieldException("benchmarkItemId", "validation.required");
            }
            benchmark = readableItem.apply(f.getBenchmarkItemId());
        }
        if (f.getMethod() == ControlMethod.MONITOR
                && (f.getMonitorName() == null || f.getMonitorName().isBlank() || f.getMonitorTarget() == null)) {
            throw new FieldException("monitorName", "supervision.error.monitorRequired");
        }
        if (f.getMethod() == ControlMethod.MONITOR && f.getMonitorFloor() != null
                && f.getMonitorFloor().compareTo(f.getMonitorTarget()) > 0) {
            throw new FieldException("monitorFloor", "supervision.error.floorAboveTarget");
        }
        int previous = 0;
        for (MilestoneForm m : f.getMilestones().stream().sorted(Comparator.comparing(MilestoneForm::dueDate)).toList()) {
            if (m.dueDate().isBefore(f.getStartDate()) || m.dueDate().isAfter(f.getEndDate())) {
                throw new FieldException("milestones", "supervision.error.milestoneOutside", m.name());
            }
            if (m.plannedProgress() < previous) {
                throw new FieldException("milestones", "supervision.error.milestoneOrder", m.name());
            }
            previous = m.plannedProgress();
        }
        item.plan(f.getTitle().strip(), f.getDescription() == null ? null : f.getDescription().strip(), aspect,
                f.getMethod(), lead, co, responsible, f.getStartDate(), f.getEndDate(), benchmark,
                f.getMethod() == ControlMethod.MONITOR ? f.getMonitorName().strip() : null,
                f.getMethod() == ControlMethod.MONITOR ? f.getMonitorTarget() : null, f.getMilestones());
        item.classify(f.getType() == null ? ItemType.CONSTRUCTION : f.getType(), f.getMonitorFloor());
    }

    private UnitView unitInScope(Long unitId, String field) {
        return scope.unitInScope(unitId).orElseThrow(() -> new FieldException(field, "cadre.error.unitOutOfScope"));
    }
}
