package org.cadreportal.award.service;

import jakarta.annotation.security.PermitAll;
import java.sql.Date;
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
        return EvidenceCounts.of(jdbc, year, unitIds).count(EventType.AWARD, AWARDS).counts();
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<Evidence> evidence(int year, long unitId) {
        Date[] days = EvidenceCounts.year(year);
        return jdbc.query("select x.document_no, x.cadre_name, x.award_type, x.decided_on " + AWARDS + " and a.id = ?"
                + " order by x.decided_on desc", (rs, n) -> new Evidence(EventType.AWARD, rs.getDate(4).toLocalDate(),
                rs.getString(1), rs.getString(2) + " · " + rs.getString(3), "awards"),
                days[0], days[1], unitId);
    }
}
