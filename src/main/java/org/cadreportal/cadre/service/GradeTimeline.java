package org.cadreportal.cadre.service;

import java.time.LocalDate;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.cadre.domain.AnnualGradeRepository;
import org.springframework.stereotype.Component;

/**
 * Puts each recorded 年度考核 grade on the cadre's timeline (one query): dated the last day of the year assessed,
 * titled in the reader's language as the 任免审批表 prints it ("2025年度考核优秀"), linking to the cadre's page
 * where the profile keeps it.
 */
@Component
class GradeTimeline extends RecordTimelineSource {

    static final String KIND = "timeline.kind.grade";

    GradeTimeline(AnnualGradeRepository grades, StoredTexts texts) {
        super(AccessTypes.CADRE, grades::findByCadreIdOrderByYear,
                g -> new TimelineEntry(LocalDate.of(g.getYear(), 12, 31), KIND,
                        texts.show(StoredText.of("timeline.grade.title", g.getYear(), g.getGrade().labelKey())),
                        texts.show(g.getGrade().labelKey()), "cadre/" + g.getCadreId()));
    }
}
