package org.cadreportal.archive.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.archive.domain.AchievementEntryRepository;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.report.FigureDefinition;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureSource;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's archive figures: entries handed in and accepted in the period (by their cadre's unit).
 * The frontline inspections add theirs to the same section.
 */
@Component
class ArchiveFigures implements FigureSource {

    static final String FILED = "archive.entriesFiled";
    static final String ACCEPTED = "archive.entriesAccepted";
    private static final String SECTION = "report.section.archive";
    private static final Pageable ONE = PageRequest.of(0, 1);

    private final AchievementEntryRepository entries;
    private final ArchiveScope scope;

    ArchiveFigures(AchievementEntryRepository entries, ArchiveScope scope) {
        this.entries = entries;
        this.scope = scope;
    }

    @Override
    @PermitAll
    public boolean available() {
        // Its drill-downs list these records: the one rule decides, as on the records' own pages.
        return RecordAccess.mayOpen(AccessTypes.DASHBOARD) && RecordAccess.mayOpen(AccessTypes.ARCHIVE_ENTRY);
    }

    @Override
    @PermitAll
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count(FILED, "figure.archive.entriesFiled", SECTION, 1, "report.measure.entries"),
                FigureDefinition.count(ACCEPTED, "figure.archive.entriesAccepted", SECTION, 2, "report.measure.entries"));
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
        String path = scope.figurePath(unitId);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FigureDefinition d : definitions()) {
            counts.put(d.key(), page(d.key(), from, to, path, ONE).getTotalElements());
        }
        return counts;
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
        Pageable unsorted = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 500));
        return page(key, from, to, scope.figurePath(unitId), unsorted);
    }

    /** One query per figure; its count query is the figure, its rows the drill-down. */
    private Page<FigureRecord> page(String key, LocalDate from, LocalDate to, String path, Pageable pageable) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        return switch (key) {
            case FILED -> entries.findSubmitted(start, end, path, pageable)
                    .map(e -> entry(e, e.getSubmittedAt().toLocalDate()));
            case ACCEPTED -> entries.findAccepted(start, end, path, pageable)
                    .map(e -> entry(e, e.getReviewedAt().toLocalDate()));
            default -> throw new IllegalArgumentException("Unknown figure " + key);
        };
    }

    private static FigureRecord entry(AchievementEntry e, LocalDate day) {
        String what = e.getWhatDone();
        return new FigureRecord(e.getId(), day, e.getCadre().getName(), e.getCadre().getUnit().getName(),
                what.length() > 80 ? what.substring(0, 80) + "…" : what, "archive/entry/" + e.getId());
    }

}
