package org.cadreportal.tolerance.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.Label;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitRow.Tone;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSection.Figure;
import org.cadreportal.cadre.QueryPortraitSource;
import org.cadreportal.tolerance.FindingOutcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cadre's decided 容错 applications in the portrait (免责, 减责, 不予容错), newest first, with their
 * category: one query.
 */
@Component
class TolerancePortrait extends QueryPortraitSource {

    static final String KEY = "tolerance";

    TolerancePortrait(EntityManager em, MessageSource messages) {
        super(AccessTypes.TOLERANCE_APPLICATION, """
                select a.id, a.applicationNo, a.decidedOn, a.outcome, a.matter, k.nameZh, k.nameEn
                from ToleranceApplication a join a.category k
                where a.cadreId = :cadre and a.outcome is not null order by a.decidedOn desc, a.id desc""", em, messages);
    }

    @Override
    protected PortraitSection section(List<Object[]> found, Locale locale) {
        List<PortraitRow> rows = new ArrayList<>();
        int[] byOutcome = new int[FindingOutcome.values().length];
        for (Object[] r : found) {
            FindingOutcome outcome = (FindingOutcome) r[3];
            byOutcome[outcome.ordinal()]++;
            rows.add(new PortraitRow((LocalDate) r[2], r[1] + " · " + new Label((String) r[5], (String) r[6]).in(locale),
                    (String) r[4], text(outcome.labelKey(), locale), tone(outcome), "tolerance/" + r[0]));
        }
        List<Figure> figures = new ArrayList<>();
        for (FindingOutcome o : FindingOutcome.values()) {
            figures.add(Figure.count(text(o.labelKey(), locale), byOutcome[o.ordinal()], tone(o)));
        }
        return PortraitSection.of(50, KEY, text("portrait.tolerance.title", locale), figures, rows);
    }

    private static Tone tone(FindingOutcome outcome) {
        return switch (outcome) {
            case EXEMPT -> Tone.GOOD;
            case REDUCED -> Tone.WARN;
            case REFUSED -> Tone.BAD;
        };
    }
}
