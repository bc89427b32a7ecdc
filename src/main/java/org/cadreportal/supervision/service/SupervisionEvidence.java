package org.cadreportal.supervision.service;

import jakarta.annotation.security.PermitAll;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.EventType;
import org.cadreportal.assessment.Evidence;
import org.cadreportal.assessment.EvidenceCounts;
import org.cadreportal.assessment.EvidenceSource;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 大督办's part in 政绩考核: per unit (its subtree, by the items' lead unit) and year, the red lights its items
 * turned, the milestones due in the year that were passed undone or done late, and the interviews held.
 * Three grouped queries for all units at once.
 */
@Component
@RequiredArgsConstructor
class SupervisionEvidence implements EvidenceSource {

    /** The assessed unit {@code a} and the items led within its subtree. */
    private static final String ITEMS_OF = " join supervision_items i on i.id = x.item_id"
            + " join units u on u.id = i.lead_unit_id join units a on u.path like concat(a.path, '%')";
    static final String RED = "from light_changes x" + ITEMS_OF
            + " where x.to_light = 'RED' and x.changed_on between ? and ?";
    static final String OVERDUE = "from milestones x" + ITEMS_OF
            + " where x.due_date between ? and ? and x.due_date < ? and (x.done_on is null or x.done_on > x.due_date)";
    static final String INTERVIEWS = "from escalations x" + ITEMS_OF
            + " where x.rung = 'INTERVIEW' and x.interview_date between ? and ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    @PermitAll
    public Set<EventType> types() {
        return Set.of(EventType.RED_LIGHT, EventType.OVERDUE_MILESTONE, EventType.INTERVIEW);
    }

    @Override
    // Counts only, asked by the assessment's calculation for whoever changed its data (its own methods check roles).
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, Map<EventType, Integer>> counts(int year, Collection<Long> unitIds) {
        return EvidenceCounts.of(jdbc, year, unitIds)
                .count(EventType.RED_LIGHT, RED)
                .count(EventType.OVERDUE_MILESTONE, OVERDUE, Date.valueOf(LocalDate.now(clock)))
                .count(EventType.INTERVIEW, INTERVIEWS)
                .counts();
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<Evidence> evidence(int year, long unitId) {
        Date[] days = EvidenceCounts.year(year);
        Date from = days[0];
        Date to = days[1];
        List<Evidence> out = new ArrayList<>();
        out.addAll(jdbc.query("select i.id, i.item_no, i.title, x.changed_on " + RED + " and a.id = ?"
                + " order by x.changed_on desc", (rs, n) -> evidence(EventType.RED_LIGHT, rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getDate(4)), from, to, unitId));
        out.addAll(jdbc.query("select i.id, i.item_no, x.name, x.due_date " + OVERDUE + " and a.id = ?"
                + " order by x.due_date desc", (rs, n) -> evidence(EventType.OVERDUE_MILESTONE, rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getDate(4)), from, to, Date.valueOf(LocalDate.now(clock)), unitId));
        out.addAll(jdbc.query("select i.id, i.item_no, i.title, x.interview_date " + INTERVIEWS + " and a.id = ?"
                + " order by x.interview_date desc", (rs, n) -> evidence(EventType.INTERVIEW, rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getDate(4)), from, to, unitId));
        return out;
    }

    private static Evidence evidence(EventType type, long itemId, String no, String title, Date day) {
        return new Evidence(type, day.toLocalDate(), no, title, "supervision/item/" + itemId);
    }
}
