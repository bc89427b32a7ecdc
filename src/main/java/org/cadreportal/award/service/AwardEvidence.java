package org.cadreportal.award.service;

import jakarta.annotation.security.PermitAll;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.EventType;
import org.cadreportal.assessment.Evidence;
import org.cadreportal.assessment.EvidenceSource;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 记功奖励 in 政绩考核: per unit (its subtree) and year, the merit awards its cadres received, for the bonus points. */
@Component
@RequiredArgsConstructor
class AwardEvidence implements EvidenceSource {

    static final String AWARDS = "from award_records x join units u on u.id = x.unit_id"
            + " join units a on u.path like concat(a.path, '%')"
            + " where x.kind = 'AWARD' and x.decided_on between ? and ?";

    private final JdbcTemplate jdbc;

    @Override
    @PermitAll
    public Set<EventType> types() {
        return Set.of(EventType.AWARD);
    }

    @Override
    // Counts only, asked by the assessment's calculation for whoever changed its data (its own methods check roles).
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, Map<EventType, Integer>> counts(int year, Collection<Long> unitIds) {
        Map<Long, Map<EventType, Integer>> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31))));
        args.addAll(unitIds);
        jdbc.query("select a.id, count(*) " + AWARDS + " and a.id in ("
                + String.join(",", unitIds.stream().map(u -> "?").toList()) + ") group by a.id", rs -> {
            out.computeIfAbsent(rs.getLong(1), u -> new EnumMap<>(EventType.class)).put(EventType.AWARD, rs.getInt(2));
        }, args.toArray());
        return out;
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<Evidence> evidence(int year, long unitId) {
        return jdbc.query("select x.document_no, x.cadre_name, x.award_type, x.decided_on " + AWARDS + " and a.id = ?"
                + " order by x.decided_on desc", (rs, n) -> new Evidence(EventType.AWARD, rs.getDate(4).toLocalDate(),
                rs.getString(1), rs.getString(2) + " · " + rs.getString(3), "awards"),
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)), unitId);
    }
}
