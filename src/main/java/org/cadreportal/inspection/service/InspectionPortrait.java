package org.cadreportal.inspection.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.Label;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSection.Figure;
import org.cadreportal.cadre.QueryPortraitSource;
import org.cadreportal.inspection.Recommendation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The frontline inspections that saw the cadre, newest first, each with the inspectors' recommendation
 * (一线考察识别): one query for every inspection with its 一线 type and unit.
 */
@Component
class InspectionPortrait extends QueryPortraitSource {

    static final String KEY = "inspection";

    InspectionPortrait(EntityManager em, MessageSource messages) {
        super(AccessTypes.INSPECTION, """
                select i.id, i.inspectedOn, t.nameZh, t.nameEn, u.name, c.recommendation, i.finding
                from FrontlineInspection i join i.cadres c join i.unit u join ArchiveTerm t on t.id = i.typeId
                where c.cadreId = :cadre order by i.inspectedOn desc, i.id desc""", em, messages);
    }

    @Override
    protected PortraitSection section(List<Object[]> found, Locale locale) {
        int identified = 0;
        List<PortraitRow> rows = new java.util.ArrayList<>();
        for (Object[] r : found) {
            Recommendation rec = (Recommendation) r[5];
            if (rec.identifies()) {
                identified++;
            }
            rows.add(new PortraitRow((LocalDate) r[1], new Label((String) r[2], (String) r[3]).in(locale)
                    + " · " + r[4], (String) r[6],
                    rec == Recommendation.NONE ? null : text(rec.labelKey(), locale),
                    rec.identifies() ? PortraitRow.Tone.GOOD
                            : rec == Recommendation.WATCH ? PortraitRow.Tone.WARN : PortraitRow.Tone.NONE,
                    "inspection/" + r[0]));
        }
        List<Figure> figures = List.of(Figure.of(text("portrait.inspection.count", locale), found.size()),
                Figure.count(text("portrait.inspection.identified", locale), identified, PortraitRow.Tone.GOOD));
        return PortraitSection.of(20, KEY, text("portrait.inspection.title", locale), figures, rows);
    }
}
