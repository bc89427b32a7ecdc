package org.cadreportal.inspection.service;

import java.util.List;
import java.util.Locale;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.inspection.Recommendation;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Frontline inspections that saw the cadre, with the recommendation made for them (一线考察识别). */
@Component
class InspectionTimeline extends RecordTimelineSource {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    InspectionTimeline(JdbcTemplate jdbc, MessageSource messages) {
        super(AccessTypes.INSPECTION);
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private String recommendation(Recommendation r) {
        return r == Recommendation.NONE ? ""
                : messages.getMessage(r.labelKey(), null, Locale.SIMPLIFIED_CHINESE) + "：";
    }

    @Override
    protected List<TimelineEntry> read(long cadreId) {
        return jdbc.query("""
                select i.id, i.inspected_on, t.name_zh, u.name, c.recommendation, i.finding
                from inspection_cadres c join frontline_inspections i on i.id = c.inspection_id
                join archive_terms t on t.id = i.type_id join units u on u.id = i.unit_id
                where c.cadre_id = ?""",
                (rs, n) -> new TimelineEntry(rs.getDate(2).toLocalDate(), "timeline.kind.inspection",
                        rs.getString(3) + " · " + rs.getString(4),
                        recommendation(Recommendation.valueOf(rs.getString(5))) + rs.getString(6),
                        "inspection/" + rs.getLong(1)),
                cadreId);
    }
}
