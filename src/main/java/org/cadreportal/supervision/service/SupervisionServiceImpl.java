package org.cadreportal.supervision.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.FileKinds;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StoredFile;
import org.cadreportal.base.YearlyNumbers;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.SupervisionOverseers;
import org.cadreportal.security.roles.SupervisionParticipants;
import org.cadreportal.security.roles.SupervisionReaders;
import org.cadreportal.security.roles.SupervisionReporters;
import org.cadreportal.supervision.AspectRow;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.InterviewForm;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.ProgressForm;
import org.cadreportal.supervision.Rung;
import org.cadreportal.supervision.SupervisionFigures;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.supervision.domain.Aspect;
import org.cadreportal.supervision.domain.AspectRepository;
import org.cadreportal.supervision.domain.Escalation;
import org.cadreportal.supervision.domain.EscalationRepository;
import org.cadreportal.supervision.domain.ItemSpecs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.supervision.domain.LightConfigRepository;
import org.cadreportal.supervision.domain.ProgressReport;
import org.cadreportal.supervision.domain.ProgressReportRepository;
import org.cadreportal.supervision.domain.SupervisionItem;
import org.cadreportal.supervision.domain.SupervisionItemRepository;
import org.cadreportal.workflow.NewAttachment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class SupervisionServiceImpl implements SupervisionService {

    private final SupervisionItemRepository items;
    private final AspectRepository aspects;
    private final DataScope scope;
    private final ItemPlans plans;
    private final ProgressReportRepository reports;
    private final EscalationRepository escalations;
    private final LightConfigRepository config;
    private final LightJudge judge;
    private final ItemViews views;
    private final FiguresQuery figures;
    private final CurrentUsers users;
    private final Clock clock;
    private final AccessLog accessLog;
    private final ItemAccess access;
    private final YearlyNumbers numbers;

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Page<ItemRow> page(ItemFilter filter, Pageable pageable) {
        return items.findAll(spec(filter), Paging.safe(pageable, ItemViews.SORTABLE)).map(ItemViews::row);
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public long count(ItemFilter filter) {
        return items.count(spec(filter));
    }

    @Override
    @RolesAllowed(AppRoles.CADRE)
    @Transactional(readOnly = true)
    public Page<ItemRow> myItems(Pageable pageable) {
        return items.findAll(ItemSpecs.responsible(myCadre()), PageRequest.of(pageable.getPageNumber(),
                Math.min(Math.max(pageable.getPageSize(), 1), 500), Sort.by("endDate", "id"))).map(ItemViews::row);
    }

    @Override
    @RolesAllowed(AppRoles.CADRE)
    @Transactional(readOnly = true)
    public long countMyItems() {
        return items.count(ItemSpecs.responsible(myCadre()));
    }

    @Override
    @SupervisionParticipants
    @Transactional(readOnly = true)
    public ItemDetails get(long id) {
        // The leader an item's facts name as its 包保 leader reads it from his home list, whatever his scope.
        SupervisionItem item = access.readable(id, items.findWithPlanById(id));
        accessLog.read(AccessTypes.SUPERVISION_ITEM, id, item.getItemNo() + " " + item.getTitle());
        return details(item);
    }

    @Override
    @RolesAllowed(AppRoles.SUPERVISION)
    public ItemDetails create(ItemForm form) {
        CurrentUser me = users.require();
        SupervisionItem item = new SupervisionItem(nextNumber(), me.username(), me.displayName());
        plans.plan(item, form, benchmarkId -> readable(benchmarkId, items.findById(benchmarkId)));
        items.save(item);
        return details(flush(item));
    }

    @Override
    @RolesAllowed(AppRoles.SUPERVISION)
    public ItemDetails update(long id, int version, ItemForm form) {
        SupervisionItem item = forMove(id, version);
        plans.plan(item, form, benchmarkId -> readable(benchmarkId, items.findById(benchmarkId)));
        return details(flush(item));
    }

    @Override
    @RolesAllowed(AppRoles.SUPERVISION)
    public ItemDetails approveOnline(long id, int version) {
        SupervisionItem item = forMove(id, version);
        item.goOnline(today());
        judge.judge(item, today());
        return details(flush(item));
    }

    @Override
    @RolesAllowed(AppRoles.SUPERVISION)
    public ItemDetails close(long id, int version) {
        SupervisionItem item = forMove(id, version);
        item.close(today());
        return details(flush(item));
    }

    @Override
    @SupervisionReporters
    public ItemDetails reportProgress(long id, ProgressForm form) {
        // No version: a report adds to the record and never overwrites another one; the row lock
        // orders reports that arrive together.
        SupervisionItem item = readable(id, items.findForUpdate(id));
        CurrentUser me = users.require();
        if (!access.mayReport(item)) {
            throw new PortalException("supervision.error.notResponsible");
        }
        item.requireOnline();
        Integer progress = form.actualProgress();
        if (progress == null || progress < 0 || progress > 100) {
            throw new FieldException("actualProgress", "supervision.error.progressRange");
        }
        if (form.text() == null || form.text().isBlank() || form.text().length() > 2000) {
            throw new FieldException("text", "validation.required");
        }
        if (item.getMethod() == ControlMethod.MONITOR && form.monitorValue() == null) {
            throw new FieldException("monitorValue", "validation.required");
        }
        if (form.monitorValue() != null && !ItemForm.fitsFigure(form.monitorValue())) {
            throw new FieldException("monitorValue", "validation.number");
        }
        ProgressReport report = new ProgressReport(id, LocalDateTime.now(clock), me.username(), me.displayName(),
                progress, form.monitorValue(), form.text().strip());
        List<NewAttachment> files = form.attachments() == null ? List.of() : form.attachments();
        List<String> types = FileKinds.accept(files.stream().map(NewAttachment::fileName).toList(),
                files.stream().map(NewAttachment::content).toList(), "attachments");
        for (int i = 0; i < files.size(); i++) {
            report.attach(files.get(i).fileName(), types.get(i), files.get(i).content());
        }
        reports.save(report);
        item.report(progress, form.monitorValue(), today());
        judge.judge(item, today());
        return details(flush(item));
    }

    @Override
    @RolesAllowed(AppRoles.SUPERVISION)
    public ItemDetails recordInterview(long itemId, long escalationId, int version, InterviewForm form) {
        SupervisionItem item = readable(itemId, items.findWithPlanById(itemId));
        Escalation e = VersionedEntity.atVersion(escalations.findById(escalationId)
                .filter(x -> x.getItemId() == itemId).filter(x -> x.getRung() == Rung.INTERVIEW), version);
        if (form.interviewDate() == null || form.interviewDate().isAfter(today())) {
            throw new FieldException("interviewDate", form.interviewDate() == null ? "validation.required"
                    : "validation.notFuture");
        }
        if (form.interviewer() == null || form.interviewer().isBlank() || form.interviewer().length() > 64) {
            throw new FieldException("interviewer", "validation.required");
        }
        if (form.notes() == null || form.notes().isBlank() || form.notes().length() > 2000) {
            throw new FieldException("notes", "validation.required");
        }
        e.recordInterview(form.interviewDate(), form.interviewer().strip(), form.notes().strip());
        escalations.flush();
        return details(item);
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public List<AspectRow> aspects() {
        return aspects.findAllInOrder().stream().filter(Aspect::isActive).map(ItemViews::aspect).toList();
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<AspectRow> allAspects() {
        return aspects.findAllInOrder().stream().map(ItemViews::aspect).toList();
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public AspectRow saveAspect(long id, int version, org.cadreportal.base.ListEntryForm form) {
        Aspect a = VersionedEntity.atVersion(aspects.findById(id), version);
        a.edit(form);
        aspects.flush();
        return ItemViews.aspect(a);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public void saveSection(long id, int version, org.cadreportal.base.ListEntryForm form) {
        Aspect any = aspects.findAllInOrder().stream().filter(a -> a.getSection().getId() == id).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        any.getSection().checkVersion(version);
        any.getSection().edit(form);
        aspects.flush();
    }

    @Override
    @RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISION})
    @Transactional(readOnly = true)
    public LightSettings settings() {
        return judge.settings();
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public LightSettings saveSettings(LightSettings settings) {
        judge.change(settings);
        return judge.settings();
    }

    @Override
    @SupervisionOverseers
    @Transactional(readOnly = true)
    public SupervisionFigures figures(LocalDate from, LocalDate to, Long unitId) {
        String unitPath = unitId == null ? scope.path()
                : scope.unitInScope(unitId).map(UnitView::getPath).orElseThrow(RecordNotFoundException::new);
        return figures.figures(from, to, unitPath);
    }

    @Override
    @SupervisionOverseers
    @Transactional(readOnly = true)
    public void exportExcel(ItemFilter filter, OutputStream out) {
        var spec = spec(filter);
        accessLog.exported(AccessTypes.SUPERVISION_ITEM, "supervision-items.xlsx");
        views.export(pageable -> items.findAll(spec, pageable).map(ItemViews::row), out);
    }

    @Override
    @SupervisionParticipants
    @Transactional(readOnly = true)
    public StoredFile attachment(long itemId, long attachmentId) {
        accessLog.visible(AccessTypes.ATTACHMENT, attachmentId, items.findById(itemId), access::mayRead);
        StoredFile file = reports.findAttachment(itemId, attachmentId)
                .map(a -> new StoredFile(a.getFileName(), a.getContentType(), a.getContent()))
                .orElseThrow(RecordNotFoundException::new);
        accessLog.read(AccessTypes.ATTACHMENT, attachmentId, file.fileName());
        return file;
    }

    // --- helpers -------------------------------------------------------------------------------

    private SupervisionItem forMove(long id, int version) {
        SupervisionItem item = readable(id, items.findForUpdate(id));
        item.checkVersion(version);
        return item;
    }

    /** In the user's scope by lead unit, or one of the signed-in cadre's own items; else missing. */
    private SupervisionItem readable(long id, java.util.Optional<SupervisionItem> found) {
        return accessLog.visible(AccessTypes.SUPERVISION_ITEM, id, found, access::inScopeOrOwn);
    }

    private ItemDetails details(SupervisionItem item) {
        return views.details(item, users.require().has(Role.SUPERVISION) && item.getStatus() != ItemStatus.CLOSED,
                item.getStatus() == ItemStatus.ONLINE && access.mayReport(item), today());
    }

    private SupervisionItem flush(SupervisionItem item) {
        return VersionedEntity.saveAndFlush(items, item);
    }

    private org.springframework.data.jpa.domain.Specification<SupervisionItem> spec(ItemFilter f) {
        return ItemSpecs.matching(f, scope.path(), scope.unitPath(f.unitId()), today());
    }

    private long myCadre() {
        Long id = users.require().cadreId();
        if (id == null) {
            throw new PortalException("supervision.error.noCadre");
        }
        return id;
    }

    /** DB-2026-0001: numbered afresh each year. */
    private String nextNumber() {
        return numbers.next("DB-" + today().getYear() + "-", 4, "supervision_items", "item_no");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
