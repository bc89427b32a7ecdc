package org.cadreportal.award.service;

import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardType;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitRow.Tone;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSection.Figure;
import org.cadreportal.cadre.QueryPortraitSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cadre's 记功奖励 and 公开批评 in the portrait, newest first, in one query. A row links to the award
 * list filtered to the cadre on the right tab (an award has no page of its own).
 */
@Component
class AwardPortrait extends QueryPortraitSource {

    static final String KEY = "award";

    AwardPortrait(EntityManager em, MessageSource messages) {
        super(AccessTypes.AWARD, """
                select a.kind, a.type, a.decidedOn, a.reason, a.issuedBy, a.documentNo, a.cadreName
                from AwardRecord a where a.cadreId = :cadre order by a.decidedOn desc, a.id desc""", em, messages);
    }

    @Override
    protected PortraitSection section(List<Object[]> found, Locale locale) {
        int awards = 0;
        List<PortraitRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            AwardKind kind = (AwardKind) r[0];
            boolean award = kind == AwardKind.AWARD;
            if (award) {
                awards++;
            }
            String issued = r[5] == null ? (String) r[4] : r[4] + " " + r[5];
            rows.add(new PortraitRow((LocalDate) r[2], issued, (String) r[3],
                    text(award && r[1] != null ? ((AwardType) r[1]).labelKey() : "award.kind." + kind.name(), locale),
                    award ? Tone.GOOD : Tone.BAD, link(kind, (String) r[6])));
        }
        int criticisms = found.size() - awards;
        List<Figure> figures = List.of(
                Figure.count(text("award.kind.AWARD", locale), awards, Tone.GOOD),
                Figure.count(text("award.kind.CRITICISM", locale), criticisms, Tone.BAD));
        return PortraitSection.of(40, KEY, text("portrait.award.title", locale), figures, rows);
    }

    /** The award list on the kind's tab, searched for the cadre's name. */
    static String link(AwardKind kind, String cadreName) {
        return "awards?kind=" + kind.name() + "&search=" + URLEncoder.encode(cadreName, StandardCharsets.UTF_8);
    }
}
