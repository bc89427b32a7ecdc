package org.cadreportal.archive;

import jakarta.validation.Valid;
import java.io.OutputStream;
import java.util.List;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.ListEntryForm;
import org.cadreportal.base.StoredFile;
import org.cadreportal.workflow.NewAttachment;
import org.springframework.data.domain.Pageable;

/**
 * 一人一档: filing periods, achievement entries and their review. Staff read entries of cadres in their
 * scope; a cadre reads and files only their own. An entry out of reach is reported as missing.
 */
public interface ArchiveService {

    /** The archive grid (and 我的实绩 for a cadre): one database page, no count. */
    List<EntryRow> page(EntryFilter filter, Pageable pageable);

    /** Exact: for a cadre's own archive and tests; at province scale it reads every entry in scope. */
    long count(EntryFilter filter);

    /** The archive grid's total: exact where that is cheap, else a stated lower bound (see {@link EntryTotal}). */
    EntryTotal total(EntryFilter filter);

    /** 审核队列: submitted entries in scope, oldest submission first. */
    List<EntryRow> queue(EntryFilter filter, Pageable pageable);

    long countQueue(EntryFilter filter);

    EntryDetails get(long id);

    /** Every saved version of the entry (texts, status, review), newest first, with who and when. */
    List<org.cadreportal.audit.HistoryEntry> history(long id);

    /**
     * Saves a new entry as a draft. {@code cadreId} is null for the signed-in cadre's own entry; a clerk
     * names the cadre in their scope and the entry is marked as filed on the cadre's behalf.
     */
    EntryDetails create(Long cadreId, @Valid EntryForm form);

    EntryDetails update(long id, int version, @Valid EntryForm form);

    EntryDetails submit(long id, int version);

    EntryDetails accept(long id, int version, Scores scores);

    EntryDetails returnEntry(long id, int version, String reason, Scores scores);

    /** Deletes a draft that was never submitted. */
    void deleteDraft(long id, int version);

    EntryDetails attach(long id, List<NewAttachment> files);

    EntryDetails removeAttachment(long id, long attachmentId);

    StoredFile attachment(long entryId, long attachmentId);

    List<TermRow> terms(TermKind kind, boolean activeOnly);

    TermRow saveTerm(TermKind kind, Long id, Integer version, @Valid ListEntryForm form);

    List<PeriodRow> periods();

    /**
     * The periods the cadre may file in, those asking for their category: the signed-in cadre's own for null, or
     * a cadre whose archive the user may read (their own, or for a clerk one in scope). Another's or an
     * out-of-scope cadre is a missing record.
     */
    List<PeriodRow> periodsFor(Long cadreId);

    PeriodRow savePeriod(Long id, Integer version, @Valid PeriodForm form);

    /** Cadres in scope who must file for the period and have submitted nothing for it. */
    List<MissingFiler> missingFilers(long periodId, Pageable pageable);

    long countMissingFilers(long periodId);

    /** Sends every missing filer of the period an in-app reminder; returns how many were reminded. */
    int remindMissingFilers(long periodId);

    /** Streams the filtered grid to Excel, reporting progress; a cancel stops it with an exception. */
    void exportExcel(EntryFilter filter, OutputStream out, ExportProgress progress);

    /** One cadre's archive for the periods starting between those of {@code fromPeriodId} and {@code toPeriodId}. */
    void exportPdf(long cadreId, long fromPeriodId, long toPeriodId, OutputStream out);
}
