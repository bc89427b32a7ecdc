package org.cadreportal.archive.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.EntryTotal;
import org.cadreportal.archive.MissingFiler;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.archive.Scores;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.archive.domain.AchievementEntryRepository;
import org.cadreportal.archive.domain.EntryAttachment;
import org.cadreportal.archive.domain.EntryAttachmentRepository;
import org.cadreportal.archive.domain.EntryTransition;
import org.cadreportal.archive.domain.EntryTransitionRepository;
import org.cadreportal.archive.domain.FilingPeriod;
import org.cadreportal.archive.domain.FilingPeriodRepository;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.audit.HistoryQuery;
import org.cadreportal.base.CacheConfig;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.FileKinds;
import org.cadreportal.base.FileStore;
import org.cadreportal.base.ListEntryForm;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StoredFile;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.AchievementFilers;
import org.cadreportal.security.roles.Exporters;
import org.cadreportal.security.roles.FilingKeepers;
import org.cadreportal.security.roles.PortalUsers;
import org.cadreportal.workflow.NewAttachment;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class ArchiveServiceImpl implements ArchiveService {

    /** In the form's order, so a change reads like the form. */
    private static final List<String> HISTORY_FIELDS = List.of("whatDone", "achieved", "effect", "role", "status",
            "late", "returnReason", "reviewerName");

    private final AchievementEntryRepository entries;
    private final EntryAttachmentRepository attachments;
    private final EntryTransitionRepository transitions;
    private final FilingPeriodRepository periods;
    private final ArchiveScope scope;
    private final ArchiveNames names;
    private final EntryQuery query;
    private final MissingFilers missing;
    private final ArchiveExports exports;
    private final EntryAccess access;
    private final ArchiveLists lists;
    private final FileStore files;
    private final Clock clock;
    private final HistoryQuery historyQuery;
    private final AccessLog accessLog;
    private final ReviewNotices reviewNotices;
    private final EntryTotals totals;

    // The grid's calls run one statement each (names and scope paths are cached): no transaction around it,
    // so no autocommit switching and no COMMIT (docs/performance.md).
    @Override
    @PortalUsers
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<EntryRow> page(EntryFilter filter, Pageable pageable) {
        return query.page(filter, scope.reach(), scope.unitPath(filter.unitId()), pageable, names.load(), false);
    }

    @Override
    @PortalUsers
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long count(EntryFilter filter) {
        return query.count(filter, scope.reach(), scope.unitPath(filter.unitId()));
    }

    @Override
    @PortalUsers
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public EntryTotal total(EntryFilter filter) {
        return totals.total(filter, scope.reach(), scope.unitPath(filter.unitId()));
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<EntryRow> queue(EntryFilter filter, Pageable pageable) {
        return query.page(filter.withStatus(EntryStatus.SUBMITTED), scope.reach(), scope.unitPath(filter.unitId()),
                pageable, names.load(), true);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    @Transactional(readOnly = true)
    public long countQueue(EntryFilter filter) {
        return query.count(filter.withStatus(EntryStatus.SUBMITTED), scope.reach(), scope.unitPath(filter.unitId()));
    }

    @Override
    @PortalUsers
    @Transactional(readOnly = true)
    public EntryDetails get(long id) {
        DataScope.Reach reach = scope.reach();
        EntryDetails d = access.details(access.visibleEntry(id, reach), reach);
        accessLog.read(AccessTypes.ARCHIVE_ENTRY, id, d.row().cadreName() + " · " + d.row().period().zh());
        return d;
    }

    @Override
    @PortalUsers
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        access.visibleEntry(id, scope.reach());
        return historyQuery.historyOf(AchievementEntry.class, id, HISTORY_FIELDS);
    }

    @Override
    @AchievementFilers
    public EntryDetails create(Long cadreId, EntryForm form) {
        DataScope.Reach reach = scope.reach();
        ReadOnlyCadre cadre = scope.cadreToFileFor(reach, cadreId);
        boolean proxy = cadreId != null;
        AchievementEntry entry = new AchievementEntry(cadre, proxy ? reach.user().username() : null,
                proxy ? reach.user().displayName() : null);
        lists.write(entry, form, cadre);
        entry = entries.saveAndFlush(entry);
        record(entry, null, EntryStatus.DRAFT, reach, proxy ? "archive.transition.proxy" : null);
        return access.details(entry, reach);
    }

    @Override
    @AchievementFilers
    public EntryDetails update(long id, int version, EntryForm form) {
        DataScope.Reach reach = scope.reach();
        AchievementEntry entry = access.editable(id, version, reach);
        lists.write(entry, form, entry.getCadre());
        return access.details(flush(entry), reach);
    }

    @Override
    @AchievementFilers
    public EntryDetails submit(long id, int version) {
        DataScope.Reach reach = scope.reach();
        AchievementEntry entry = access.editable(id, version, reach);
        EntryStatus from = entry.getStatus();
        FilingPeriod period = periods.findById(entry.getPeriodId()).orElseThrow(RecordNotFoundException::new);
        entry.submit(now(), period.isLateOn(today()));
        flush(entry);
        record(entry, from, EntryStatus.SUBMITTED, reach, entry.isLate() ? "archive.transition.late" : null);
        return access.details(entry, reach);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public EntryDetails accept(long id, int version, Scores scores) {
        DataScope.Reach reach = scope.reach();
        AchievementEntry entry = access.reviewable(id, version, reach);
        entry.accept(reach.user().displayName(), now(), scores == null ? Scores.none() : scores);
        flush(entry);
        record(entry, EntryStatus.SUBMITTED, EntryStatus.ACCEPTED, reach, null);
        reviewNotices.accepted(entry);
        return access.details(entry, reach);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public EntryDetails returnEntry(long id, int version, String reason, Scores scores) {
        DataScope.Reach reach = scope.reach();
        AchievementEntry entry = access.reviewable(id, version, reach);
        entry.sendBack(reach.user().displayName(), now(), reason, scores == null ? Scores.none() : scores);
        flush(entry);
        record(entry, EntryStatus.SUBMITTED, EntryStatus.RETURNED, reach, entry.getReturnReason());
        reviewNotices.returned(entry);
        return access.details(entry, reach);
    }

    @Override
    @AchievementFilers
    public void deleteDraft(long id, int version) {
        AchievementEntry entry = access.editable(id, version, scope.reach());
        if (entry.getStatus() != EntryStatus.DRAFT || entry.getSubmittedAt() != null) {
            throw new org.cadreportal.base.PortalException("archive.error.notDraft");
        }
        for (EntryAttachment a : attachments.findByEntryIdOrderById(id)) {
            files.delete(a.getStorageKey());
            attachments.delete(a);
        }
        transitions.deleteAll(transitions.findByEntryIdOrderByIdAsc(id));
        entries.delete(entry);
    }

    @Override
    @AchievementFilers
    public EntryDetails attach(long id, List<NewAttachment> newFiles) {
        DataScope.Reach reach = scope.reach();
        AchievementEntry entry = access.editableAnyVersion(id, reach);
        int existing = attachments.findByEntryIdOrderById(id).size();
        if (existing + newFiles.size() > FileKinds.MAX_FILES) {
            throw new FieldException("attachments", "workflow.error.tooManyFiles", FileKinds.MAX_FILES);
        }
        List<String> types = FileKinds.accept(newFiles.stream().map(NewAttachment::fileName).toList(),
                newFiles.stream().map(NewAttachment::content).toList(), "attachments");
        for (int i = 0; i < newFiles.size(); i++) {
            NewAttachment f = newFiles.get(i);
            attachments.save(new EntryAttachment(id, f.fileName(), types.get(i), f.content().length,
                    files.put(f.content()), reach.user().username(), now()));
        }
        return access.details(entry, reach);
    }

    @Override
    @AchievementFilers
    public EntryDetails removeAttachment(long id, long attachmentId) {
        DataScope.Reach reach = scope.reach();
        AchievementEntry entry = access.editableAnyVersion(id, reach);
        EntryAttachment a = attachments.findById(attachmentId).filter(x -> x.getEntryId() == id)
                .orElseThrow(RecordNotFoundException::new);
        files.delete(a.getStorageKey());
        attachments.delete(a);
        return access.details(entry, reach);
    }

    @Override
    @PortalUsers
    @Transactional(readOnly = true)
    public StoredFile attachment(long entryId, long attachmentId) {
        DataScope.Reach reach = scope.reach();
        accessLog.visible(AccessTypes.ATTACHMENT, attachmentId, entries.findWithCadreById(entryId),
                e -> scope.covers(reach, e.getCadre()));
        EntryAttachment a = attachments.findById(attachmentId).filter(x -> x.getEntryId() == entryId)
                .orElseThrow(RecordNotFoundException::new);
        accessLog.read(AccessTypes.ATTACHMENT, attachmentId, a.getFileName());
        return new StoredFile(a.getFileName(), a.getContentType(), files.get(a.getStorageKey()));
    }

    @Override
    @PortalUsers
    @Transactional(readOnly = true)
    public List<TermRow> terms(TermKind kind, boolean activeOnly) {
        return lists.terms(kind, activeOnly);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @CacheEvict(cacheNames = CacheConfig.ARCHIVE_NAMES, allEntries = true)
    public TermRow saveTerm(TermKind kind, Long id, Integer version, ListEntryForm form) {
        return lists.saveTerm(kind, id, version, form);
    }

    @Override
    @PortalUsers
    @Transactional(readOnly = true)
    public List<PeriodRow> periods() {
        return lists.periods();
    }

    @Override
    @AchievementFilers
    @Transactional(readOnly = true)
    public List<PeriodRow> periodsFor(Long cadreId) {
        return lists.periodsFor(scope.selfOrInReach(scope.reach(), cadreId));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @CacheEvict(cacheNames = CacheConfig.ARCHIVE_NAMES, allEntries = true)
    public PeriodRow savePeriod(Long id, Integer version, PeriodForm form) {
        return lists.savePeriod(id, version, form, scope.reach().user().username());
    }

    @Override
    @FilingKeepers
    @Transactional(readOnly = true)
    public List<MissingFiler> missingFilers(long periodId, Pageable pageable) {
        return missing.page(period(periodId), scope.reach(), pageable);
    }

    @Override
    @FilingKeepers
    @Transactional(readOnly = true)
    public long countMissingFilers(long periodId) {
        return missing.count(period(periodId), scope.reach());
    }

    @Override
    @FilingKeepers
    public int remindMissingFilers(long periodId) {
        return missing.remind(period(periodId), scope.reach(), now());
    }

    @Override
    @Exporters
    @Transactional(readOnly = true)
    public void exportExcel(EntryFilter filter, OutputStream out, ExportProgress progress) {
        DataScope.Reach reach = scope.reach();
        String unitPath = scope.unitPath(filter.unitId());
        ArchiveNames.Names loaded = names.load();
        long total = query.count(filter, reach, unitPath);
        accessLog.exported(AccessTypes.ARCHIVE_ENTRY, "archive.xlsx");
        long[] lastId = {Long.MAX_VALUE};
        exports.excel(p -> {
            List<EntryRow> rows = query.after(filter, reach, unitPath, lastId[0], p.getPageSize(), loaded);
            if (!rows.isEmpty()) {
                lastId[0] = rows.getLast().id();
            }
            return rows;
        }, total, out, progress);
    }

    @Override
    @PortalUsers
    @Transactional(readOnly = true)
    public void exportPdf(long cadreId, long fromPeriodId, long toPeriodId, OutputStream out) {
        DataScope.Reach reach = scope.reach();
        ReadOnlyCadre cadre = scope.cadreInReach(reach, cadreId);
        LocalDate from = period(fromPeriodId).getStartsOn();
        LocalDate to = period(toPeriodId).getStartsOn();
        if (to.isBefore(from)) {
            throw new FieldException("toPeriod", "archive.error.periodRange");
        }
        List<FilingPeriod> chosen = periods.findAllByOrderByStartsOnDescIdDesc().stream()
                .filter(p -> !p.getStartsOn().isBefore(from) && !p.getStartsOn().isAfter(to)).toList().reversed();
        List<AchievementEntry> found = entries.findFiledOfCadreInPeriods(cadreId,
                chosen.stream().map(FilingPeriod::getId).toList());
        accessLog.exported(AccessTypes.ARCHIVE_ENTRY, cadre.getName() + " · archive-" + cadreId + ".pdf");
        exports.pdf(cadre, chosen, found, names.load(), out);
    }

    private AchievementEntry flush(AchievementEntry entry) {
        return VersionedEntity.saveAndFlush(entries, entry);
    }

    private void record(AchievementEntry entry, EntryStatus from, EntryStatus to, DataScope.Reach reach,
                        String note) {
        transitions.save(new EntryTransition(entry.getId(), from, to, reach.user().username(),
                reach.user().displayName(), now(), note));
    }

    private FilingPeriod period(long id) {
        return periods.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
