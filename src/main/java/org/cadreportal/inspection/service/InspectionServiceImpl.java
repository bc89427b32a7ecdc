package org.cadreportal.inspection.service;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.Label;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadreRepository;
import org.cadreportal.inspection.InspectedCadre;
import org.cadreportal.inspection.InspectionFilter;
import org.cadreportal.inspection.InspectionForm;
import org.cadreportal.inspection.InspectionRow;
import org.cadreportal.inspection.InspectionService;
import org.cadreportal.inspection.domain.FrontlineInspection;
import org.cadreportal.inspection.domain.FrontlineInspectionRepository;
import org.cadreportal.inspection.domain.InspectionCadre;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.OrganisationAndCommittee;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class InspectionServiceImpl implements InspectionService {

    private static final Set<String> SORTABLE = Set.of("inspectedOn", "unit.name", "inspectors");

    private final FrontlineInspectionRepository inspections;
    private final ReadOnlyCadreRepository cadres;
    private final ArchiveService archive;
    private final InspectionScope scope;
    private final Clock clock;
    private final AccessLog accessLog;
    private final PoolFeed pool;

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public List<InspectionRow> page(InspectionFilter filter, Pageable pageable) {
        List<FrontlineInspection> found = inspections.findAll(spec(filter), Paging.safe(pageable, SORTABLE))
                .getContent();
        return rows(found);
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public long count(InspectionFilter filter) {
        return inspections.count(spec(filter));
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public InspectionRow get(long id) {
        return rows(List.of(inScope(id))).getFirst();
    }

    @Override
    @OrganisationAndCommittee
    public InspectionRow save(Long id, Integer version, InspectionForm form) {
        DataScope.Reach reach = scope.reach();
        FrontlineInspection inspection = id == null ? new FrontlineInspection(reach.user().username()) : inScope(id);
        if (id != null) {
            inspection.checkVersion(version);
        }
        if (form.getInspectedOn().isAfter(LocalDate.now(clock))) {
            throw new FieldException("inspectedOn", "validation.notFuture");
        }
        UnitView unit = scope.unitInScope(reach, form.getUnitId(), "unitId");
        TermRow type = archive.terms(TermKind.FRONTLINE, false).stream()
                .filter(t -> t.id() == form.getTypeId()).findFirst()
                .orElseThrow(() -> new FieldException("typeId", "validation.required"));
        if (!type.active() && type.id() != inspection.getTypeId()) {
            throw new FieldException("typeId", "archive.error.termInactive");
        }
        Set<Long> ids = new HashSet<>();
        for (InspectedCadre c : form.getCadres()) {
            if (!ids.add(c.cadreId())) {
                throw new FieldException("cadres", "archive.error.cadreTwice");
            }
        }
        long inReach = cadres.findAllById(ids).stream().filter(c -> scope.covers(reach, c)).count();
        if (inReach != ids.size()) {
            throw new FieldException("cadres", "cadre.error.unitOutOfScope");
        }
        inspection.record(form.getInspectedOn(), unit, type.id(), form.getInspectors(), form.getFinding(),
                form.getCadres().stream().map(c -> new InspectionCadre(c.cadreId(), c.recommendation()))
                        .collect(Collectors.toSet()));
        try {
            FrontlineInspection saved = inspections.saveAndFlush(inspection);
            // A recommendation that identifies the cadre puts him in the reserve pool (后备干部).
            pool.admit(saved);
            return rows(List.of(saved)).getFirst();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private FrontlineInspection inScope(long id) {
        DataScope.Reach reach = scope.reach();
        return accessLog.visible(AccessTypes.INSPECTION, id, inspections.findWithUnitById(id),
                i -> !reach.ownOnly() && i.getUnit().isWithin(reach.path()));
    }

    /** Names of the cadres seen and of the types, fetched once for the whole page. */
    private List<InspectionRow> rows(List<FrontlineInspection> found) {
        Set<Long> cadreIds = found.stream().flatMap(i -> i.getCadres().stream()).map(InspectionCadre::getCadreId)
                .collect(Collectors.toSet());
        Map<Long, String> names = cadres.findAllById(cadreIds).stream()
                .collect(Collectors.toMap(ReadOnlyCadre::getId, ReadOnlyCadre::getName));
        Map<Long, Label> types = archive.terms(TermKind.FRONTLINE, false).stream()
                .collect(Collectors.toMap(TermRow::id, t -> new Label(t.nameZh(), t.nameEn())));
        return found.stream().map(i -> new InspectionRow(i.getId(), i.getVersion(), i.getInspectedOn(),
                i.getUnit().getId(), i.getUnit().getName(), i.getTypeId(), types.getOrDefault(i.getTypeId(), Label.NONE),
                i.getInspectors(), i.getFinding(), i.getCadres().stream()
                        .map(c -> new InspectedCadre(c.getCadreId(), names.getOrDefault(c.getCadreId(), ""),
                                c.getRecommendation()))
                        .sorted(Comparator.comparing(InspectedCadre::name)).toList()))
                .toList();
    }

    private Specification<FrontlineInspection> spec(InspectionFilter f) {
        DataScope.Reach reach = scope.reach();
        String unitPath = scope.unitPath(f.unitId());
        return (root, query, cb) -> {
            Join<FrontlineInspection, UnitView> unit = Specs.fetchOrJoin(root, query, "unit");
            List<Predicate> where = Specs.inSubtrees(cb, unit.get("path"),
                    reach.ownOnly() ? "/none/" : reach.path(), unitPath);
            if (f.text() != null && !f.text().isBlank()) {
                String like = Specs.contains(f.text());
                where.add(cb.or(cb.like(root.get("finding"), like, '\\'), cb.like(root.get("inspectors"), like, '\\')));
            }
            if (f.typeId() != null) {
                where.add(cb.equal(root.get("typeId"), f.typeId()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("inspectedOn"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("inspectedOn"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
