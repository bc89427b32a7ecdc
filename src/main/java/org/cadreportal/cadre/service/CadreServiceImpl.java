package org.cadreportal.cadre.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.audit.HistoryQuery;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.CadreAdjustment;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.MobileNumber;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CareerRow;
import org.cadreportal.cadre.RosterImportResult;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadreRepository;
import org.cadreportal.cadre.domain.CadreSpecs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.domain.CareerRecordRepository;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.CaseHandlers;
import org.cadreportal.security.roles.Exporters;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class CadreServiceImpl implements CadreService {

    /** Grid columns that may be sorted on, mapped to entity paths; anything else is ignored. */
    static final Set<String> SORTABLE = Set.of("code", "name", "gender", "birthDate", "unit.name", "postTitle",
            "rank", "managementLevel", "category", "status");

    /**
     * In the profile form's order, so a change reads like the form. The identity number is left out: the
     * history is open to all staff, the number only to those who may read personal data.
     */
    private static final List<String> HISTORY_FIELDS = List.of("code", "name", "gender", "birthDate", "ethnicity",
            "party", "education", "unit", "postTitle", "rank", "managementLevel", "category", "status", "retiredOn",
            "retireReason", "profile.nativePlace", "profile.birthPlace", "profile.partyJoined", "profile.workStarted",
            "profile.health", "profile.professionalTitle", "profile.expertise", "profile.ftEducation",
            "profile.ftDegree", "profile.ftEducationSchool", "profile.ftDegreeSchool", "profile.ptEducation",
            "profile.ptDegree", "profile.ptEducationSchool", "profile.ptDegreeSchool", "profile.civilRank",
            "profile.resumeText");

    private final CadreRepository cadres;
    private final CareerRecordRepository careers;
    private final CurrentUsers users;
    private final DataScope scope;
    private final HistoryQuery historyQuery;
    private final RosterWorkbook workbook;
    private final RosterImport rosterImport;
    private final CadreWriter writer;
    private final Clock clock;
    private final EntityManager em;
    private final List<org.cadreportal.cadre.TimelineSource> timelineSources;
    private final AccessLog accessLog;
    private final Portraits portraits;
    private final CadreProfileServiceImpl profiles;

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public Page<CadreRow> page(CadreFilter filter, Pageable pageable) {
        return cadres.findAll(spec(filter), safe(pageable)).map(CadreServiceImpl::toRow);
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public long count(CadreFilter filter) {
        return cadres.count(spec(filter));
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public CadreDetails get(long id) {
        return toDetails(loadInScope(id));
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public CadreDetails open(long id) {
        Cadre cadre = loadInScope(id);
        accessLog.read(AccessTypes.CADRE, id, cadre.getCode() + " " + cadre.getName());
        return toDetails(cadre);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public CadreDetails create(CadreForm form) {
        CadreRules.normalise(form);
        CadreRules.check(form, today());
        if (cadres.existsByCode(form.getCode())) {
            throw new FieldException("code", "cadre.error.codeTaken", form.getCode());
        }
        return toDetails(writer.create(form, unitInScope(form.getUnitId()), today()));
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public CadreDetails update(long id, int version, CadreForm form) {
        CadreRules.normalise(form);
        CadreRules.check(form, today());
        Cadre cadre = loadInScopeForUpdate(id);
        cadre.checkVersion(version);
        if (!cadre.getCode().equals(form.getCode())) {
            throw new FieldException("code", "cadre.error.codeFixed");
        }
        writer.update(cadre, form, unitInScope(form.getUnitId()), today());
        return toDetails(flush(cadre));
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public void retire(long id, int version, LocalDate on, String reason) {
        Cadre cadre = loadInScopeForUpdate(id);
        cadre.checkVersion(version);
        if (on == null || on.isAfter(today())) {
            throw new FieldException("retiredOn", "validation.notFuture");
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new FieldException("retireReason", "validation.required");
        }
        cadre.retire(on, reason.strip());
        careers.findFirstByCadreIdAndEndDateIsNullOrderByStartDateDesc(id).ifPresent(c -> c.end(on));
        flush(cadre);
    }

    /**
     * Called by the adjustment feature once its own checks passed (the step, its role, the decision);
     * the roles are those that may act on a case step, and the cadre must still be in the user's scope.
     */
    @Override
    @CaseHandlers
    public void applyAdjustment(long id, CadreAdjustment change) {
        Cadre cadre = loadInScopeForUpdate(id);
        if (cadre.getStatus() != org.cadreportal.cadre.CadreStatus.ACTIVE) {
            throw new PortalException("cadre.error.retired");
        }
        writer.adjust(cadre, change);
        flush(cadre);
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public List<CareerRow> career(long id) {
        loadInScope(id);
        return careers.findByCadreIdOrderByStartDateDescIdDesc(id).stream()
                .map(c -> new CareerRow(c.getStartDate(), c.getEndDate(), c.getUnitName(), c.getPostTitle(), c.getRank(),
                        c.getNote(), c.getImpactUntil()))
                .toList();
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public List<org.cadreportal.cadre.TimelineEntry> timeline(long id) {
        loadInScope(id);
        return timelineSources.stream().flatMap(s -> s.entriesFor(id).stream())
                .sorted(java.util.Comparator.comparing(org.cadreportal.cadre.TimelineEntry::date).reversed())
                .toList();
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public org.cadreportal.cadre.CadrePortrait portrait(long id, java.util.Locale locale) {
        Cadre c = loadInScope(id);
        accessLog.read(AccessTypes.CADRE, id, c.getCode() + " " + c.getName());
        return portraits.of(c, locale);
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public org.cadreportal.cadre.AppointmentRecord appointmentRecord(long id) {
        return profiles.appointmentRecord(id);
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        loadInScope(id);
        return historyQuery.historyOf(Cadre.class, id, HISTORY_FIELDS);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    @Transactional(readOnly = true)
    public void writeTemplate(OutputStream out) {
        workbook.writeTemplate(out);
    }

    @Override
    @Exporters
    @Transactional(readOnly = true)
    public void exportExcel(CadreFilter filter, OutputStream out) {
        var spec = spec(filter);
        accessLog.exported(AccessTypes.CADRE, "cadres.xlsx");
        workbook.export(pageable -> {
            // The previous page's entities are written out by now; forgetting them keeps memory flat.
            em.clear();
            return cadres.findAll(spec, pageable);
        }, out);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public RosterImportResult importRoster(InputStream xlsx) {
        return rosterImport.run(workbook.parse(xlsx), scope.path(), today());
    }

    private org.springframework.data.jpa.domain.Specification<Cadre> spec(CadreFilter filter) {
        return CadreSpecs.matching(filter, scope.path(), scope.unitPath(filter.unitId()));
    }

    /** Two saves of the same version race past the check above; the database's version check decides. */
    private Cadre flush(Cadre cadre) {
        return VersionedEntity.saveAndFlush(cadres, cadre);
    }

    private Cadre loadInScope(long id) {
        return inScope(id, cadres.findWithUnitById(id));
    }

    private Cadre loadInScopeForUpdate(long id) {
        return inScope(id, cadres.findForUpdate(id));
    }

    /** Outside the user's scope is the same as not there, and the attempt is logged. */
    private Cadre inScope(long id, java.util.Optional<Cadre> cadre) {
        return accessLog.visible(AccessTypes.CADRE, id, cadre, c -> scope.covers(c.getUnit()));
    }

    private UnitView unitInScope(Long unitId) {
        return scope.unitInScope(unitId).filter(UnitView::isActive)
                .orElseThrow(() -> new FieldException("unitId", "cadre.error.unitOutOfScope"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static Pageable safe(Pageable pageable) {
        return Paging.safe(pageable, SORTABLE);
    }

    static CadreRow toRow(Cadre c) {
        return new CadreRow(c.getId(), c.getCode(), c.getName(), c.getGender(), c.getBirthDate(), c.getEthnicity(),
                c.getParty(), c.getEducation(), c.getUnit().getId(), c.getUnit().getCode(), c.getUnit().getName(),
                c.getPostTitle(), c.getRank(), c.getManagementLevel(), c.getCategory(),
                c.getStatus(), MobileNumber.masked(c.getMobile()));
    }

    private static CadreDetails toDetails(Cadre c) {
        CadreForm f = new CadreForm();
        f.setCode(c.getCode());
        f.setName(c.getName());
        f.setGender(c.getGender());
        f.setBirthDate(c.getBirthDate());
        f.setEthnicity(c.getEthnicity());
        f.setParty(c.getParty());
        f.setEducation(c.getEducation());
        f.setUnitId(c.getUnit().getId());
        f.setPostTitle(c.getPostTitle());
        f.setRank(c.getRank());
        f.setLevel(c.getManagementLevel());
        f.setCategory(c.getCategory());
        return new CadreDetails(c.getId(), c.getVersion(), c.getUnit().getName(), c.getStatus(), c.getRetiredOn(),
                c.getRetireReason(), f);
    }
}
