package org.cadreportal.archive.service;

import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Accepted achievement entries on the cadre's timeline, dated when accepted and titled by their period. */
@Component
class ArchiveTimeline extends RecordTimelineSource {

    ArchiveTimeline(JdbcTemplate jdbc) {
        super(AccessTypes.ARCHIVE_ENTRY, cadreId -> jdbc.query("""
                select e.id, coalesce(cast(e.reviewed_at as date), p.ends_on), p.name_zh, f.name_zh, e.what_done from achievement_entries e
                join filing_periods p on p.id = e.period_id join archive_terms f on f.id = e.field_id
                where e.cadre_id = ? and e.status = 'ACCEPTED'""",
                (rs, n) -> new TimelineEntry(rs.getDate(2).toLocalDate(), "timeline.kind.archive",
                        rs.getString(3) + " · " + rs.getString(4), rs.getString(5), "archive/entry/" + rs.getLong(1)),
                cadreId));
    }
}
