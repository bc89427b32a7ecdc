package org.cadreportal.accusation.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadreportal.accusation.ClarificationMethod;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitRow.Tone;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSection.Figure;
import org.cadreportal.cadre.QueryPortraitSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The clarifications (澄清正名) the cadre was given, newest first, each with the allegations it cleared and
 * their findings: one query returning a line per clarification and allegation, grouped here.
 */
@Component
class AccusationPortrait extends QueryPortraitSource {

    static final String KEY = "clarification";

    AccusationPortrait(EntityManager em, MessageSource messages) {
        super(AccessTypes.ACCUSATION_CASE, """
                select k.id, c.id, c.caseNo, k.clarifiedOn, k.methods, a.ordinal, a.content, a.finding
                from Clarification k join k.accusationCase c left join k.allegations a
                where k.cadreId = :cadre order by k.clarifiedOn desc, k.id desc, a.ordinal""", em, messages);
    }

    private record Cleared(long caseId, String caseNo, LocalDate on, String methods, List<String> allegations) {
    }

    @Override
    protected PortraitSection section(List<Object[]> found, Locale locale) {
        Map<Long, Cleared> byId = new LinkedHashMap<>();
        for (Object[] r : found) {
            Cleared k = byId.computeIfAbsent((Long) r[0], id -> new Cleared((Long) r[1], (String) r[2],
                    (LocalDate) r[3], (String) r[4], new ArrayList<>()));
            if (r[6] != null) {
                k.allegations().add(text("timeline.detail.allegation", locale, r[5], r[6],
                        r[7] == null ? "" : text("accusation.finding." + ((FindingType) r[7]).name(), locale)));
            }
        }
        List<PortraitRow> rows = new ArrayList<>();
        int allegations = 0;
        for (Cleared k : byId.values()) {
            allegations += k.allegations().size();
            rows.add(new PortraitRow(k.on(), k.caseNo() + " · " + methods(k.methods(), locale),
                    String.join(text("timeline.detail.separator", locale), k.allegations()),
                    text("timeline.kind.clarification", locale), Tone.GOOD, "accusation/" + k.caseId()));
        }
        List<Figure> figures = List.of(Figure.of(text("portrait.clarification.count", locale), byId.size()),
                Figure.of(text("portrait.clarification.allegations", locale), allegations));
        return PortraitSection.of(60, KEY, text("portrait.clarification.title", locale), figures, rows);
    }

    private String methods(String stored, Locale locale) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> text(ClarificationMethod.valueOf(s).labelKey(), locale))
                .collect(Collectors.joining(text("portrait.separator", locale)));
    }
}
