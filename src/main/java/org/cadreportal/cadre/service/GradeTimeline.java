package org.cadreportal.cadre.service;

import java.time.LocalDate;
import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.cadre.TimelineSource;
import org.cadreportal.cadre.domain.AnnualGradeRepository;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts each recorded 年度考核 grade on the cadre's timeline (one query): dated the last day of the year assessed,
 * titled as the 任免审批表 prints it ("2025年度考核优秀"), linking to the cadre's page where the profile keeps it.
 */
@Component
class GradeTimeline implements TimelineSource {

    static final String KIND = "timeline.kind.grade";

    private final AnnualGradeRepository grades;

    GradeTimeline(AnnualGradeRepository grades) {
        this.grades = grades;
    }

    @Override
    @Transactional(readOnly = true)
    // The roles of CadreService.timeline, its one caller.
    @PortalStaff
    public List<TimelineEntry> entriesFor(long cadreId) {
        if (!RecordAccess.mayOpen(AccessTypes.CADRE)) {
            return List.of();
        }
        return grades.findByCadreIdOrderByYear(cadreId).stream()
                .map(g -> new TimelineEntry(LocalDate.of(g.getYear(), 12, 31), KIND, g.getGrade().resultLine(g.getYear()),
                        g.getGrade().officialName(), "cadre/" + cadreId)).toList();
    }
}
