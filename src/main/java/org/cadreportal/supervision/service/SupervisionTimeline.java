package org.cadreportal.supervision.service;

import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Closed supervision items are achievement data on their responsible cadres' timelines (实绩数据). */
@Component
class SupervisionTimeline extends RecordTimelineSource {

    SupervisionTimeline(JdbcTemplate jdbc) {
        super(AccessTypes.SUPERVISION_ITEM, cadreId -> jdbc.query("""
                select i.id, i.item_no, i.title, i.closed_on from supervision_items i
                join supervision_item_cadres c on c.item_id = i.id
                where c.cadre_id = ? and i.status = 'CLOSED' order by i.closed_on desc""",
                (rs, n) -> new TimelineEntry(rs.getDate(4).toLocalDate(), "timeline.kind.supervision",
                        rs.getString(2), rs.getString(3), "supervision/item/" + rs.getLong(1)), cadreId));
    }
}
