package org.cadreportal.accusation.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.accusation.AccusationFigures;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.domain.AccusationCase;
import org.cadreportal.accusation.domain.AccusationCaseRepository;
import org.cadreportal.accusation.domain.AccusationSpecs;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.base.WorkingDays;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The accusation cases as lists, within the reader's data scope: the filtered register, a user's tasks,
 * the pages of the workbook and the figures. The service checks the roles; this reads.
 */
@RequiredArgsConstructor
final class AccusationLists {

    private static final Set<String> SORTABLE = Set.of("caseNo", "reportNo", "receivedOn", "channel", "unit.name",
            "progress.currentOrdinal", "progress.status", "progress.stepDueOn", "clarificationDueOn");

    private final AccusationCaseRepository cases;
    private final WorkingCalendar calendar;
    private final AccusationViews views;
    private final CaseDesk<AccusationCase> desk;

    Page<AccusationRow> page(AccusationFilter filter, Pageable pageable, ProcedureDefinition procedure) {
        return pages(spec(filter, procedure), procedure).apply(pageable);
    }

    long count(AccusationFilter filter, ProcedureDefinition procedure) {
        return cases.count(spec(filter, procedure));
    }

    /** The open cases whose current step the user's roles may take, the soonest due first. */
    Page<AccusationRow> tasks(CurrentUser me, Pageable pageable, ProcedureDefinition procedure) {
        List<String> mine = procedure.steps().stream().filter(s -> me.has(s.role())).map(StepDefinition::code)
                .toList();
        Specification<AccusationCase> open = AccusationSpecs.matching(new AccusationFilter(null, null, null, null,
                        CaseStatus.OPEN, null, false, null, null), desk.scope().path(), null,
                procedure.steps().stream().filter(s -> mine.contains(s.code())).map(StepDefinition::id).toList(),
                clarifying(procedure), today());
        Pageable byDue = PageRequest.of(pageable.getPageNumber(),
                Math.min(Math.max(pageable.getPageSize(), 1), 100),
                Sort.by("progress.stepDueOn", "id"));
        return rows(cases.findAll(open, byDue), procedure);
    }

    AccusationFigures figures(LocalDate from, LocalDate to, Long unitId, ProcedureDefinition procedure) {
        String path = desk.scope().narrow(unitId);
        return new AccusationFigures(cases.countFalseAccusations(from, to, path), cases.countClarified(from, to, path),
                cases.countReceived(from, to, path),
                cases.countClarificationsOverdue(today(), clarifying(procedure),
                        path));
    }

    Specification<AccusationCase> spec(AccusationFilter filter, ProcedureDefinition procedure) {
        String unitPath = desk.scope().unitPath(filter.unitId());
        Collection<Long> stepIds = filter.stepCode() == null ? null : procedure.steps().stream()
                .filter(s -> s.code().equals(filter.stepCode())).map(StepDefinition::id).toList();
        return AccusationSpecs.matching(filter, desk.scope().path(), unitPath, stepIds,
                clarifying(procedure), today());
    }

    /** The pages of the cases a filter matched, in the register's order. */
    Function<Pageable, Page<AccusationRow>> pages(Specification<AccusationCase> spec, ProcedureDefinition procedure) {
        return pageable -> rows(cases.findAll(spec, Paging.safe(newestFirst(pageable), SORTABLE)), procedure);
    }

    /** Unless the user sorts, the latest reports come first: those are the ones being worked. */
    private static Pageable newestFirst(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC,
                        "receivedOn"));
    }

    /** A page of cases as list rows: the accused of the whole page in one query, the calendar loaded once. */
    private Page<AccusationRow> rows(Page<AccusationCase> page, ProcedureDefinition procedure) {
        Map<Long, StepDefinition> steps = procedure.steps().stream()
                .collect(Collectors.toMap(StepDefinition::id, s -> s));
        Map<Long, String> names = accusedNames(page.getContent());
        WorkingDays days = calendar.around(today());
        int clarify = clarifying(procedure);
        return page.map(c -> views.row(c, names.getOrDefault(c.getId(), ""), steps, clarify, days, today()));
    }

    private Map<Long, String> accusedNames(List<AccusationCase> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : cases.accusedNames(page.stream().map(AccusationCase::getId).toList())) {
            names.merge((Long) row[0], (String) row[1], (a, b) -> a + "、" + b);
        }
        return names;
    }

    private LocalDate today() {
        return desk.today();
    }

    /** The ordinal of 澄清, the step whose clock the lists show. */
    private static int clarifying(ProcedureDefinition procedure) {
        return AccusationInput.ordinalOf(procedure, AccusationInput.Clarified.class);
    }
}
