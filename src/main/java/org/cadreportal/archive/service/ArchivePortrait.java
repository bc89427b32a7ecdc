package org.cadreportal.archive.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.Scores;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.Label;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSection.Figure;
import org.cadreportal.cadre.QueryPortraitSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cadre's accepted achievement entries in the portrait, newest period first and by 领域 within it, with
 * the clerk's review scores: one query for every entry with its period and 领域 names.
 */
@Component
class ArchivePortrait extends QueryPortraitSource {

    static final String KEY = "archive";

    ArchivePortrait(EntityManager em, MessageSource messages) {
        super(AccessTypes.ARCHIVE_ENTRY, """
                select e.id, p.nameZh, p.nameEn, p.endsOn, f.nameZh, f.nameEn, e.whatDone, e.reviewedAt,
                       e.scoreCompletion, e.scoreTruth, e.scoreDifficulty, e.scoreContribution
                from AchievementEntry e join FilingPeriod p on p.id = e.periodId join ArchiveTerm f on f.id = e.fieldId
                where e.cadre.id = :cadre and e.status = :accepted
                order by p.startsOn desc, f.sortOrder, e.id""", em, messages);
    }

    @Override
    protected TypedQuery<Object[]> bind(TypedQuery<Object[]> query) {
        return query.setParameter("accepted", EntryStatus.ACCEPTED);
    }

    @Override
    protected PortraitSection section(List<Object[]> found, Locale locale) {
        List<PortraitRow> rows = new ArrayList<>();
        Map<String, Integer> byField = new LinkedHashMap<>();
        Set<String> periods = new LinkedHashSet<>();
        int scored = 0;
        int scoreSum = 0;
        for (Object[] r : found) {
            String period = new Label((String) r[1], (String) r[2]).in(locale);
            String field = new Label((String) r[4], (String) r[5]).in(locale);
            periods.add(period);
            byField.merge(field, 1, Integer::sum);
            Integer total = new Scores((Integer) r[8], (Integer) r[9], (Integer) r[10], (Integer) r[11]).total();
            if (total != null) {
                scored++;
                scoreSum += total;
            }
            LocalDate day = r[7] == null ? (LocalDate) r[3] : ((LocalDateTime) r[7]).toLocalDate();
            rows.add(new PortraitRow(day, period + " · " + field, (String) r[6],
                    total == null ? null : text("portrait.archive.score", locale, total), PortraitRow.Tone.NONE,
                    "archive/entry/" + r[0]));
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(text("portrait.archive.entries", locale), found.size()));
        figures.add(Figure.of(text("portrait.archive.periods", locale), periods.size()));
        if (scored > 0) {
            figures.add(Figure.of(text("portrait.archive.averageScore", locale),
                    String.format(Locale.ROOT, "%.1f", scoreSum / (double) scored)));
        }
        byField.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                .forEach(e -> figures.add(Figure.of(e.getKey(), e.getValue())));
        return PortraitSection.of(10, KEY, text("portrait.archive.title", locale), figures, rows);
    }
}
