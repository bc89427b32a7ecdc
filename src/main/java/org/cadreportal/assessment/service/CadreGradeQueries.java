package org.cadreportal.assessment.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.CadreGradeFilter;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.Grade;
import org.cadreportal.assessment.GroupGradeShare;
import org.cadreportal.cadre.AnnualGrade;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads the grades screen in SQL: the plan's groups and units joined to the registry's active key cadres and
 * their grade of the year, and the units' results. Read only: grades are written through the registry's API.
 */
@Component
@RequiredArgsConstructor
class CadreGradeQueries {

    /** The cadre categories the 年度考核 of leaders covers: 主要领导 and 班子成员. */
    static final String KEY_CADRE = "c.status = 'ACTIVE' and c.category in ('PRINCIPAL', 'TEAM_MEMBER')";

    private static final String FROM = " from assessment_group_units gu"
            + " join assessment_groups g on g.id = gu.group_id join units u on u.id = gu.unit_id"
            + " join cadres c on c.unit_id = u.id and " + KEY_CADRE
            + " left join cadre_annual_grades ag on ag.cadre_id = c.id and ag.grade_year = ?"
            + " left join assessment_results r on r.plan_id = gu.plan_id and r.unit_id = u.id"
            + " where gu.plan_id = ? and u.path like ?";
    private static final String COLUMNS = "select c.id, c.cadre_code, c.name, c.post_title, u.id, u.code, u.name, g.id,"
            + " g.name, ag.grade, r.total, r.rank_in_group, r.grade";
    private static final RowMapper<CadreGradeRow> ROW = (rs, n) -> new CadreGradeRow(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getLong(8),
            rs.getString(9), rs.getString(10) == null ? null : AnnualGrade.valueOf(rs.getString(10)), rs.getBigDecimal(11),
            (Integer) rs.getObject(12, Integer.class), rs.getString(13) == null ? null : Grade.valueOf(rs.getString(13)));

    /** A key cadre of the plan as a save needs him: his group and his grade now. */
    record Target(long cadreId, String code, long groupId, String groupName, String unitPath, AnnualGrade grade) {
    }

    private final JdbcTemplate jdbc;

    Page<CadreGradeRow> page(long planId, int year, CadreGradeFilter f, String scopePath, Pageable pageable) {
        // Grouped by group, then unit, principals before members: the order the office reads a group in.
        List<CadreGradeRow> rows = where(planId, year, f, scopePath).page(jdbc, COLUMNS + FROM, " order by"
                + " g.sort_order, u.code, case when c.category = 'PRINCIPAL' then 0 else 1 end, c.cadre_code", pageable,
                ROW);
        return new PageImpl<>(rows, pageable, count(planId, year, f, scopePath));
    }

    long count(long planId, int year, CadreGradeFilter f, String scopePath) {
        return where(planId, year, f, scopePath).count(jdbc, "select count(*)" + FROM);
    }

    private static SqlFilter where(long planId, int year, CadreGradeFilter f, String scopePath) {
        SqlFilter sql = new SqlFilter("", year, planId, scopePath + "%");
        if (f.groupId() != null) {
            sql.and(" and g.id = ?", f.groupId());
        }
        if (f.unitText() != null && !f.unitText().isBlank()) {
            String like = "%" + f.unitText().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.and(" and (u.name like ? or u.code like ?)", like, like);
        }
        if (f.ungradedOnly()) {
            sql.and(" and ag.id is null");
        } else if (f.grade() != null) {
            sql.and(" and ag.grade = ?", f.grade().name());
        }
        return sql;
    }

    /** Each group with its key cadres, graded and 优秀 of the year (the whole group: the limit is the group's). */
    List<GroupGradeShare> shares(long planId, int year, BigDecimal limit) {
        return jdbc.query("select g.id, g.code, g.name, count(c.id), count(ag.id),"
                + " coalesce(sum(case when ag.grade = 'EXCELLENT' then 1 else 0 end), 0)"
                + " from assessment_groups g left join assessment_group_units gu on gu.group_id = g.id"
                + " left join cadres c on c.unit_id = gu.unit_id and " + KEY_CADRE
                + " left join cadre_annual_grades ag on ag.cadre_id = c.id and ag.grade_year = ?"
                + " where g.plan_id = ? group by g.id, g.code, g.name, g.sort_order order by g.sort_order",
                (rs, n) -> new GroupGradeShare(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), limit), year, planId);
    }

    /** One group's counts; the caller holds the group's lock, so no other save counts at the same time. */
    GroupGradeShare share(long planId, int year, long groupId, BigDecimal limit) {
        return shares(planId, year, limit).stream().filter(s -> s.groupId() == groupId).findFirst().orElseThrow();
    }

    /** Serialises the 优秀 check of one group: two saves in the same group wait for each other. */
    void lockGroup(long groupId) {
        jdbc.queryForList("select id from assessment_groups where id = ? for update", Long.class, groupId);
    }

    Optional<Target> target(long planId, int year, long cadreId) {
        return targets(planId, year, " and c.id = ?", cadreId).stream().findFirst();
    }

    /** Every key cadre of the plan (whatever the scope: the import says "not yours" rather than "unknown"). */
    List<Target> targets(long planId, int year) {
        return targets(planId, year, "", null);
    }

    private List<Target> targets(long planId, int year, String and, Long cadreId) {
        List<Object> args = new ArrayList<>(List.of(year, planId, "%"));
        if (cadreId != null) {
            args.add(cadreId);
        }
        return jdbc.query("select c.id, c.cadre_code, g.id, g.name, u.path, ag.grade" + FROM + and,
                (rs, n) -> new Target(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : AnnualGrade.valueOf(rs.getString(6))), args.toArray());
    }
}
