package org.cadreportal.archive.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.archive.domain.AchievementEntryRepository;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.report.FigurePaging;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.QueryFigureSource;
import org.cadreportal.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The dashboard's archive figures: entries handed in and accepted in the period (by their cadre's unit).
 * The frontline inspections add theirs to the same section.
 */
@Component
class ArchiveFigures extends QueryFigureSource.ForPortalStaff<String> {

    static final String FILED = "archive.entriesFiled";
    static final String ACCEPTED = "archive.entriesAccepted";
    private static final FigureTable<String> FIGURES = new FigureTable<String>("report.section.archive")
            .count(FILED, "figure.archive.entriesFiled", 1, "report.measure.entries", FILED)
            .count(ACCEPTED, "figure.archive.entriesAccepted", 2, "report.measure.entries", ACCEPTED);

    private final AchievementEntryRepository entries;

    ArchiveFigures(AchievementEntryRepository entries, DataScope scope) {
        super(FIGURES, scope, AccessTypes.ARCHIVE_ENTRY);
        this.entries = entries;
    }

    /** One query per figure; its count query is the figure, its rows the drill-down, in the query's own order. */
    @Override
    protected Page<FigureRecord> page(String key, LocalDate from, LocalDate to, String path, Pageable pageable) {
        Pageable page = FigurePaging.page(pageable, Sort.unsorted());
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        return switch (key) {
            case FILED -> entries.findSubmitted(start, end, path, page)
                    .map(e -> entry(e, e.getSubmittedAt().toLocalDate()));
            case ACCEPTED -> entries.findAccepted(start, end, path, page)
                    .map(e -> entry(e, e.getReviewedAt().toLocalDate()));
            default -> throw new IllegalArgumentException("Unknown figure " + key);
        };
    }

    private static FigureRecord entry(AchievementEntry e, LocalDate day) {
        return new FigureRecord(e.getId(), day, e.getCadre().getName(), e.getCadre().getUnit().getName(),
                FigureRecord.shortened(e.getWhatDone()), "archive/entry/" + e.getId());
    }

    /** A cadre may open his own records of this kind, but someone who is only a cadre counts none of them. */
    @Override
    protected String path(Long unitId) {
        return scope().figurePath(unitId);
    }
}
