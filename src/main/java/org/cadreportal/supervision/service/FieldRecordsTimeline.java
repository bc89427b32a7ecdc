package org.cadreportal.supervision.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 暗访督导 visits to a cadre's items (one entry a problem found, or the team when it found none) and the
 * 专题会调度 decisions on them, on the responsible cadre's timeline beside the closed items
 * {@link SupervisionTimeline} lists; the same rule guards both.
 */
@Component
class FieldRecordsTimeline extends RecordTimelineSource {

    private final JdbcTemplate jdbc;

    FieldRecordsTimeline(JdbcTemplate jdbc) {
        super(AccessTypes.SUPERVISION_ITEM);
        this.jdbc = jdbc;
    }

    @Override
    protected List<TimelineEntry> read(long cadreId) {
        List<TimelineEntry> entries = new ArrayList<>(jdbc.query("""
                select i.id, i.item_no, i.title, f.inspected_on, p.description, p.deadline, f.team
                from inspection_visits v join field_inspections f on f.id = v.inspection_id
                left join inspection_problems p on p.visit_id = v.id
                join supervision_items i on i.id = v.item_id
                join supervision_item_cadres c on c.item_id = i.id where c.cadre_id = ?""",
                // A visit that found nothing is on the timeline too: the team came, the item passed.
                (rs, n) -> new TimelineEntry(rs.getDate(4).toLocalDate(), "timeline.kind.fieldInspection",
                        rs.getString(2) + " " + rs.getString(3), rs.getString(5) == null ? rs.getString(7)
                        : rs.getString(5) + " → " + rs.getDate(6), "supervision/item/" + rs.getLong(1)), cadreId));
        entries.addAll(jdbc.query("""
                select i.id, i.item_no, i.title, m.held_on, d.text, d.deadline, m.topic
                from meeting_decisions d join scheduling_meetings m on m.id = d.meeting_id
                join supervision_items i on i.id = d.item_id
                join supervision_item_cadres c on c.item_id = i.id where c.cadre_id = ?""",
                (rs, n) -> new TimelineEntry(rs.getDate(4).toLocalDate(), "timeline.kind.scheduling",
                        rs.getString(2) + " " + rs.getString(3), rs.getString(7) + ": " + rs.getString(5)
                        + " → " + rs.getDate(6), "supervision/item/" + rs.getLong(1)), cadreId));
        entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
        return entries;
    }
}
