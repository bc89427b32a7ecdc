package org.cadreportal.award.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.domain.AwardRecord;
import org.cadreportal.award.domain.AwardRecordRepository;
import org.cadreportal.award.domain.AwardSpecs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.CaseReaders;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class AwardServiceImpl implements AwardService {

    private static final Set<String> SORTABLE = Set.of("cadreName", "unit.name", "type", "decidedOn", "issuedBy",
            "documentNo");
    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;

    private final AwardRecordRepository records;
    private final UnitViewRepository units;
    private final CadreService cadres;
    private final CurrentUsers users;
    private final DataScope scope;
    private final MessageSource messages;
    private final Clock clock;
    private final AccessLog accessLog;

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<AwardRow> page(AwardFilter filter, Pageable pageable) {
        boolean mayEdit = mayEdit();
        return records.findAll(spec(filter), Paging.safe(newestFirst(pageable), SORTABLE))
                .map(a -> row(a, mayEdit));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public long count(AwardFilter filter) {
        return records.count(spec(filter));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public AwardRow get(long id) {
        return row(inScope(id, records.findWithUnitById(id)), mayEdit());
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AwardRow create(AwardForm form) {
        AwardRecord a = new AwardRecord(form.getKind(), actorName(), now());
        return row(save(describe(a, form)), true);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AwardRow update(long id, int version, AwardForm form) {
        AwardRecord a = forChange(id, version);
        if (form.getKind() != a.getKind()) {
            throw new FieldException("kind", "award.error.kindChanged");
        }
        return row(save(describe(a, form)), true);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public void delete(long id, int version) {
        records.delete(forChange(id, version));
        records.flush();
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public void exportExcel(AwardFilter filter, OutputStream out) {
        Specification<AwardRecord> spec = spec(filter);
        accessLog.exported(AccessTypes.AWARD, "awards.xlsx · " + filter.kind());
        boolean award = filter.kind() == AwardKind.AWARD;
        List<String> headers = (award ? List.of("award.field.cadre", "award.field.unit", "award.field.post",
                "award.field.type", "award.field.decidedOn", "award.field.reason", "award.field.approvedBy",
                "award.field.documentNo") : List.of("award.field.cadre", "award.field.unit", "award.field.post",
                "award.field.criticisedOn", "award.field.reason", "award.field.issuedBy", "award.field.documentNo"))
                .stream().map(this::label).toList();
        ExcelExport.write(label(filter.kind().labelKey()), headers,
                pageable -> records.findAll(spec, Paging.safe(newestFirst(pageable), SORTABLE)).map(a -> row(a, false)),
                r -> award ? List.of(r.cadreName(), r.unitName(), r.postTitle(), label(r.type().labelKey()),
                        r.decidedOn().toString(), r.reason(), r.issuedBy(), nz(r.documentNo()))
                        : List.of(r.cadreName(), r.unitName(), r.postTitle(), r.decidedOn().toString(), r.reason(),
                        r.issuedBy(), nz(r.documentNo())), out);
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Checks the form beyond its annotations and copies it onto the record; nothing is saved when refused. */
    private AwardRecord describe(AwardRecord a, AwardForm form) {
        if (a.getKind() == AwardKind.AWARD && form.getType() == null) {
            throw new FieldException("type", "validation.required");
        }
        if (form.getDecidedOn().isAfter(today())) {
            throw new FieldException("decidedOn", "validation.notFuture");
        }
        String documentNo = form.getDocumentNo() == null || form.getDocumentNo().isBlank() ? null
                : form.getDocumentNo().strip();
        if (a.getKind() == AwardKind.AWARD && documentNo == null) {
            throw new FieldException("documentNo", "validation.required");
        }
        CadreDetails cadre;
        try {
            cadre = cadres.get(form.getCadreId());
        } catch (RecordNotFoundException e) {
            throw new FieldException("cadreId", "award.error.cadreNotFound");
        }
        boolean sameCadre = a.getId() != null && a.getCadreId() == cadre.id();
        UnitView unit = sameCadre ? a.getUnit() : units.findById(cadre.form().getUnitId())
                .orElseThrow(RecordNotFoundException::new);
        a.describe(form.getType(), cadre.id(), cadre.form().getName(), unit,
                sameCadre ? a.getPostTitle() : cadre.form().getPostTitle(), form.getDecidedOn(),
                form.getReason().strip(), form.getIssuedBy().strip(), documentNo, actorName(), now());
        return a;
    }

    private AwardRecord forChange(long id, int version) {
        AwardRecord a = inScope(id, records.findForUpdate(id));
        if (a.getVersion() != version) {
            throw new StaleDataException("award.error.changed", a.getLastActor(),
                    a.getLastActedAt().withNano(0).toString().replace('T', ' '));
        }
        return a;
    }

    private AwardRecord save(AwardRecord a) {
        return VersionedEntity.saveAndFlush(records, a);
    }

    /** Another unit's record is reported exactly like a missing one, and the attempt is logged. */
    private AwardRecord inScope(long id, Optional<AwardRecord> found) {
        return accessLog.visible(AccessTypes.AWARD, id, found, a -> scope.covers(a.getUnit()));
    }

    private static AwardRow row(AwardRecord a, boolean mayEdit) {
        return new AwardRow(a.getId(), a.getVersion(), a.getKind(), a.getType(), a.getCadreId(), a.getCadreName(),
                a.getUnit().getName(), a.getPostTitle(), a.getDecidedOn(), a.getReason(), a.getIssuedBy(),
                a.getDocumentNo(), mayEdit);
    }

    private Specification<AwardRecord> spec(AwardFilter filter) {
        if (filter.kind() == null) {
            throw new PortalException("award.error.noKind");
        }
        return AwardSpecs.matching(filter, scope.path(), scope.unitPath(filter.unitId()));
    }

    /** Unless the user sorts, the latest come first. */
    private static Pageable newestFirst(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "decidedOn"));
    }

    private boolean mayEdit() {
        return users.require().has(Role.CLERK);
    }

    private String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String actorName() {
        return users.require().displayName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
