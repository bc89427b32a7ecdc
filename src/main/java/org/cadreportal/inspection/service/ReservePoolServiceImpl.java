package org.cadreportal.inspection.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.cadreportal.inspection.PoolFilter;
import org.cadreportal.inspection.PoolRow;
import org.cadreportal.inspection.ReservePoolService;
import org.cadreportal.inspection.domain.FrontlineInspectionRepository;
import org.cadreportal.inspection.domain.ReservePoolEntry;
import org.cadreportal.inspection.domain.ReservePoolRepository;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.OrganisationAndCommittee;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@RequiredArgsConstructor
class ReservePoolServiceImpl implements ReservePoolService {

    private static final Set<String> SORTABLE = Set.of("cadre.name", "addedOn", "cadre.unit.name", "status");

    private final ReservePoolRepository entries;
    private final FrontlineInspectionRepository inspections;
    private final PoolFeed feed;
    private final InspectionScope scope;
    private final AdjustmentService adjustments;
    private final AccessLog accessLog;
    private final PoolWorkbook workbook;
    private final MessageSource messages;

    @Override
    @OrganisationAndCommittee
    @Transactional(readOnly = true)
    public List<PoolRow> page(PoolFilter filter, Pageable pageable) {
        return entries.findAll(spec(filter), Paging.safe(pageable, SORTABLE)).map(ReservePoolServiceImpl::row)
                .getContent();
    }

    @Override
    @OrganisationAndCommittee
    @Transactional(readOnly = true)
    public long count(PoolFilter filter) {
        return entries.count(spec(filter));
    }

    /**
     * The case's summary is its own field, which the clerk edits and the Chinese 呈批表 prints, so it is
     * written in Chinese like one a clerk types; the reference is a stored text, shown in each reader's
     * language, and links the inspection that recommended the cadre.
     */
    @Override
    @RolesAllowed(AppRoles.CLERK)
    public PoolRow openCase(long entryId, int version, String impactReason) {
        DataScope.Reach reach = scope.reach();
        ReservePoolEntry entry = accessLog.visible(AccessTypes.INSPECTION, entryId, entries.findWithCadreById(entryId),
                e -> scope.covers(reach, e.getCadre()));
        entry.checkVersion(version);
        PoolRow row = row(entry);
        if (!row.mayOpenCase() || row.latest() == null) {
            throw new org.cadreportal.base.PortalException("pool.error.caseUnderWay");
        }
        PoolRow.Source latest = row.latest();
        OpenCaseForm form = new OpenCaseForm();
        form.setCadreId(row.cadreId());
        form.setDirection(Direction.UP);
        form.setSource(CaseSource.FRONTLINE);
        form.setSummary(messages.getMessage("pool.case.summary", new Object[] {latest.inspectedOn().toString(),
                messages.getMessage(latest.recommendation().labelKey(), null, Locale.SIMPLIFIED_CHINESE),
                shortened(latest.reason())}, Locale.SIMPLIFIED_CHINESE));
        form.setReference(StoredText.of("pool.case.reference", latest.inspectedOn(),
                latest.recommendation().labelKey(), row.sources().size()));
        form.setReferenceLink("inspection/" + latest.inspectionId());
        form.setImpactReason(impactReason);
        CaseDetails opened = adjustments.open(form);
        entry.caseOpened(opened.id(), opened.header().caseNo());
        return row(entries.saveAndFlush(entry));
    }

    @Override
    @OrganisationAndCommittee
    @Transactional(readOnly = true)
    public void exportExcel(PoolFilter filter, OutputStream out) {
        accessLog.exported(AccessTypes.INSPECTION, "reserve-pool.xlsx");
        // The export's own pages (1,000 by id), not a grid's capped ones: every entry of the filter is written.
        workbook.write(p -> entries.findAll(spec(filter), p).map(ReservePoolServiceImpl::row), out);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public int admitRecorded() {
        return feed.admitAll(inspections.findAll());
    }

    static PoolRow row(ReservePoolEntry e) {
        ReadOnlyCadre c = e.getCadre();
        return new PoolRow(e.getId(), e.getVersion(), c.getId(), c.getName(), c.getUnit().getName(), c.getPostTitle(),
                e.getAddedOn(), e.getStatus(), e.getCaseId(), e.getCaseNo(), e.getUsedOn(),
                e.getSources().stream().map(s -> new PoolRow.Source(s.getInspectionId(), s.getInspectedOn(),
                        s.getRecommendation(), s.getReason())).toList());
    }

    private static String shortened(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /** Within the user's subtree by the cadre's current unit; someone who is only a cadre sees none. */
    private Specification<ReservePoolEntry> spec(PoolFilter f) {
        DataScope.Reach reach = scope.reach();
        String unitPath = f.unitId() == null ? null : scope.unitPath(f.unitId());
        return (root, query, cb) -> {
            Join<ReservePoolEntry, ReadOnlyCadre> cadre = Specs.fetchOrJoin(root, query, "cadre");
            Join<ReadOnlyCadre, UnitView> unit = Specs.counting(query) ? cadre.join("unit")
                    : (Join<ReadOnlyCadre, UnitView>) cadre.<ReadOnlyCadre, UnitView>fetch("unit");
            List<Predicate> where = Specs.inSubtrees(cb, unit.get("path"),
                    reach.ownOnly() ? DataScope.NOTHING : reach.path(), unitPath);
            if (f.name() != null && !f.name().isBlank()) {
                where.add(cb.like(cadre.get("name"), Specs.contains(f.name()), '\\'));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
