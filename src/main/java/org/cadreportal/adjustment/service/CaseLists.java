package org.cadreportal.adjustment.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.adjustment.domain.CaseSpecs;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.StepDefinition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The adjustment cases as lists, within the reader's data scope: the filtered register, a handler's
 * tasks, one cadre's cases and the pages of the workbook. The service checks the roles; this reads.
 */
@RequiredArgsConstructor
final class CaseLists {

    /** Grid columns that may be sorted on, mapped to entity paths; anything else is ignored. */
    private static final Set<String> SORTABLE = Set.of("caseNo", "cadreName", "unit.name", "direction",
            "progress.currentOrdinal", "progress.status", "openedOn", "progress.stepDueOn");

    private final AdjustmentCaseRepository cases;
    private final CaseViews views;
    private final CaseDesk<AdjustmentCase> desk;

    Page<CaseRow> page(CaseFilter filter, Pageable pageable) {
        Map<Long, StepDefinition> steps = views.stepsById();
        return cases.findAll(spec(filter, steps), Paging.safe(pageable, SORTABLE)).map(c -> views.row(c, steps, today()));
    }

    long count(CaseFilter filter) {
        return cases.count(spec(filter, views.stepsById()));
    }

    Page<CaseRow> tasks(CurrentUser me, Pageable pageable) {
        Map<Long, StepDefinition> steps = views.stepsById();
        return cases.findAll(CaseSpecs.waitingOn(myStepIds(me, steps), desk.scope().path()), byDue(pageable))
                .map(c -> views.row(c, steps, today()));
    }

    /** Cases at 讨论决定 (a step of my role, in my scope) where I sit, present, and have not voted yet. */
    Page<CaseRow> votes(CurrentUser me, Pageable pageable) {
        Map<Long, StepDefinition> steps = views.stepsById();
        Collection<Long> decision = myStepIds(me, steps.values().stream()
                .filter(s -> StepForms.DECISION.equals(s.form())).toList());
        return cases.findAll(CaseSpecs.waitingOn(decision, desk.scope().path())
                .and(CaseSpecs.voteAwaitedFrom(me.username())), byDue(pageable)).map(c -> views.row(c, steps, today()));
    }

    long countTasks(CurrentUser me) {
        return cases.count(CaseSpecs.waitingOn(myStepIds(me, views.stepsById()), desk.scope().path()));
    }

    List<CaseRow> ofCadre(long cadreId) {
        Map<Long, StepDefinition> steps = views.stepsById();
        return cases.findByCadre(cadreId, desk.scope().path()).stream().map(c -> views.row(c, steps, today())).toList();
    }

    /**
     * The pages of the cases a filter matches, for the workbook; the filter is checked against the scope
     * here, before the caller logs the export.
     */
    Function<Pageable, Page<CaseRow>> pages(CaseFilter filter) {
        Map<Long, StepDefinition> steps = views.stepsById();
        Specification<AdjustmentCase> spec = spec(filter, steps);
        return pageable -> cases.findAll(spec, pageable).map(c -> views.row(c, steps, today()));
    }

    private Specification<AdjustmentCase> spec(CaseFilter filter, Map<Long, StepDefinition> steps) {
        Collection<Long> stepIds = filter.stepCode() == null ? null : steps.values().stream()
                .filter(s -> s.code().equals(filter.stepCode())).map(StepDefinition::id).toList();
        return CaseSpecs.matching(filter, desk.scope().path(), desk.scope().unitPath(filter.unitId()), stepIds, today());
    }

    private static Collection<Long> myStepIds(CurrentUser me, Map<Long, StepDefinition> steps) {
        return myStepIds(me, steps.values());
    }

    private static Collection<Long> myStepIds(CurrentUser me, Collection<StepDefinition> among) {
        List<Long> ids = among.stream().filter(s -> me.has(s.role())).map(StepDefinition::id).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** Ascending due date puts the most overdue first, then the ones due soonest. */
    private static Pageable byDue(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 500),
                Sort.by("progress.stepDueOn", "id"));
    }

    private LocalDate today() {
        return desk.today();
    }
}
