package org.cadreportal.tolerance.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.tolerance.DisciplineDetails;
import org.cadreportal.tolerance.DisciplineFilter;
import org.cadreportal.tolerance.DisciplineForm;
import org.cadreportal.tolerance.DisciplineRow;
import org.cadreportal.tolerance.VisitPlanForm;
import org.cadreportal.tolerance.VisitRecordForm;
import org.cadreportal.tolerance.domain.DisciplineRecord;
import org.cadreportal.tolerance.domain.DisciplineRecordRepository;
import org.cadreportal.tolerance.domain.DisciplineSpecs;
import org.cadreportal.tolerance.domain.ToleranceApplication;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.workflow.CaseDesk;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/**
 * 回访教育: the disciplined cadres and their education visits, worked for {@link ToleranceServiceImpl},
 * whose guarded methods call these. The records are not cases, but they share the applications' data
 * scope and stale-record message, so they are checked by the same desk.
 */
@RequiredArgsConstructor
final class Disciplines {

    private static final java.util.Set<String> SORTABLE = java.util.Set.of("cadreName", "unit.name", "type",
            "decidedOn", "impactUntil");

    private final DisciplineRecordRepository disciplines;
    private final UnitViewRepository units;
    private final CadreService cadres;
    private final CurrentUsers users;
    private final AccessLog accessLog;
    private final CaseDesk<ToleranceApplication> desk;

    Page<DisciplineRow> page(DisciplineFilter filter, Pageable pageable) {
        Page<DisciplineRecord> page = disciplines.findAll(spec(filter), Paging.safe(pageable, SORTABLE));
        List<Long> ids = page.getContent().stream().map(DisciplineRecord::getId).toList();
        Map<Long, Object[]> counts = ids.isEmpty() ? Map.of()
                : disciplines.visitCounts(ids, desk.today()).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), Function.identity()));
        return page.map(d -> ApplicationViews.row(d, counts));
    }

    long count(DisciplineFilter filter) {
        return disciplines.count(spec(filter));
    }

    DisciplineDetails get(long id) {
        DisciplineRecord d = desk.inScope(AccessTypes.DISCIPLINE_RECORD, id, disciplines.findWithVisitsById(id),
                DisciplineRecord::getUnit);
        accessLog.read(AccessTypes.DISCIPLINE_RECORD, id, d.getCadreName());
        return details(d);
    }

    DisciplineDetails record(DisciplineForm form) {
        CadreDetails cadre = cadres.get(form.getCadreId());
        if (form.getDecidedOn().isAfter(desk.today())) {
            throw new FieldException("decidedOn", "validation.notFuture");
        }
        String note = StepRules.optional("note", form.getNote(), 1000);
        UnitView unit = units.findById(cadre.form().getUnitId()).orElseThrow(RecordNotFoundException::new);
        DisciplineRecord d = new DisciplineRecord(cadre.id(), cadre.form().getName(), unit, cadre.form().getPostTitle(),
                form.getType(), form.getDecidedOn(), form.getImpactUntil(), note, desk.actorName(), desk.now());
        return details(flush(d));
    }

    DisciplineDetails planVisit(long recordId, int version, VisitPlanForm form) {
        DisciplineRecord d = forMove(recordId, version);
        d.planVisit(form.plannedOn(), form.visitors(), desk.actorName(), desk.now());
        return details(flush(d));
    }

    DisciplineDetails recordVisit(long recordId, int version, long visitId, VisitRecordForm form) {
        DisciplineRecord d = forMove(recordId, version);
        String notes = StepRules.text("notes", form.notes(), 2000);
        d.recordVisit(visitId, form.visitedOn(), form.assessment(), notes, desk.today(), desk.actorName(), desk.now());
        return details(flush(d));
    }

    private DisciplineRecord forMove(long id, int version) {
        DisciplineRecord d = desk.inScope(AccessTypes.DISCIPLINE_RECORD, id, disciplines.findForUpdate(id),
                DisciplineRecord::getUnit);
        if (d.getVersion() != version) {
            throw desk.stale(d.getLastActor(), d.getLastActedAt());
        }
        return d;
    }

    private DisciplineDetails details(DisciplineRecord d) {
        CurrentUser me = users.require();
        return ApplicationViews.details(d, me.has(Role.CLERK) || me.has(Role.DISCIPLINE), desk.today());
    }

    private DisciplineRecord flush(DisciplineRecord d) {
        return VersionedEntity.saveAndFlush(disciplines, d);
    }

    private Specification<DisciplineRecord> spec(DisciplineFilter filter) {
        return DisciplineSpecs.matching(filter, desk.scope().path(), desk.scope().unitPath(filter.unitId()), desk.today());
    }
}
