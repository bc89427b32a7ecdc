package org.cadreportal.archive.service;

import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.KeyFigure;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.archive.domain.ArchiveTerm;
import org.cadreportal.archive.domain.ArchiveTermRepository;
import org.cadreportal.archive.domain.FilingPeriod;
import org.cadreportal.archive.domain.FilingPeriodRepository;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ListEntryForm;
import org.cadreportal.base.domain.ReferenceItem;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.springframework.stereotype.Component;

/**
 * The archive's lists (fields, levels, categories) and its filing periods: their rows, their edits by an
 * administrator, and the check that an entry's form chooses a period open to the cadre and lists still offered.
 */
@Component
@RequiredArgsConstructor
class ArchiveLists {

    private final ArchiveTermRepository terms;
    private final FilingPeriodRepository periods;

    List<TermRow> terms(TermKind kind, boolean activeOnly) {
        return ReferenceItem.rows(terms.findByKindOrderBySortOrderAscIdAsc(kind), activeOnly, ArchiveLists::toRow);
    }

    TermRow saveTerm(TermKind kind, Long id, Integer version, ListEntryForm form) {
        ArchiveTerm term = id == null ? new ArchiveTerm(kind)
                : VersionedEntity.atVersion(terms.findById(id).filter(t -> t.getKind() == kind), version);
        term.edit(form);
        return toRow(VersionedEntity.saveAndFlush(terms, term));
    }

    List<PeriodRow> periods() {
        return periods.findAllByOrderByStartsOnDescIdDesc().stream().map(ArchiveLists::toRow).toList();
    }

    /** The periods asking for the cadre's category: the only ones {@link #write} lets an entry of theirs go in. */
    List<PeriodRow> periodsFor(ReadOnlyCadre cadre) {
        return periods().stream().filter(p -> p.categories().contains(cadre.getCategory())).toList();
    }

    PeriodRow savePeriod(Long id, Integer version, PeriodForm form, String username) {
        FilingPeriod period = id == null ? new FilingPeriod(username)
                : VersionedEntity.atVersion(periods.findById(id), version);
        period.edit(form);
        return toRow(VersionedEntity.saveAndFlush(periods, period));
    }

    void write(AchievementEntry entry, EntryForm form, ReadOnlyCadre cadre) {
        FilingPeriod period = periods.findById(form.getPeriodId())
                .orElseThrow(() -> new FieldException("periodId", "validation.required"));
        if (!period.getCategories().contains(cadre.getCategory())) {
            throw new FieldException("periodId", "archive.error.periodNotForCadre");
        }
        term(form.getFieldId(), TermKind.FIELD, entry.getFieldId(), "fieldId");
        term(form.getLevelId(), TermKind.LEVEL, entry.getLevelId(), "levelId");
        term(form.getCategoryId(), TermKind.CATEGORY, entry.getCategoryId(), "categoryId");
        for (KeyFigure k : form.getFigures()) {
            if (k.label() == null || k.label().isBlank() || k.label().length() > 50 || k.amount() == null
                    || (k.unit() != null && k.unit().length() > 20)) {
                throw new FieldException("figures", "archive.error.figure");
            }
            if (k.amount().abs().compareTo(new BigDecimal("1e15")) >= 0) {
                throw new FieldException("figures", "archive.error.figureTooLarge");
            }
        }
        entry.edit(form);
    }

    /** A list entry that is no longer offered may stay on an entry that has it, but not be chosen anew. */
    private void term(Long id, TermKind kind, long current, String field) {
        ArchiveTerm t = terms.findById(id).filter(x -> x.getKind() == kind)
                .orElseThrow(() -> new FieldException(field, "validation.required"));
        if (!t.isActive() && t.getId() != current) {
            throw new FieldException(field, "archive.error.termInactive");
        }
    }

    static TermRow toRow(ArchiveTerm t) {
        return new TermRow(t.getId(), t.getVersion(), t.getKind(), t.getNameZh(), t.getNameEn(), t.getSortOrder(),
                t.isActive());
    }

    static PeriodRow toRow(FilingPeriod p) {
        return new PeriodRow(p.getId(), p.getVersion(), p.getNameZh(), p.getNameEn(), p.getStartsOn(), p.getEndsOn(),
                p.getDeadline(), p.getCategories());
    }
}
