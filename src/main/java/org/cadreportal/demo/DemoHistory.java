package org.cadreportal.demo;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the cadres, filing periods and achievement entries written by JDBC their first Envers revision
 * ("created by system"), so the history of a demo record starts with its creation and later edits show
 * only what changed. An entry's creation revision holds the state it was generated in; the steps that
 * led there are in its transitions.
 */
@RequiredArgsConstructor
final class DemoHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    void recordCreation() {
        long rev = revision();
        jdbc.update("""
                insert into cadres_aud (id, rev, revtype, cadre_code, name, gender, birth_date, ethnicity, party,
                    education, unit_id, post_title, cadre_rank, management_level, category, status, retired_on,
                    retire_reason, id_number, native_place, birth_place, party_joined, work_started, health,
                    professional_title, expertise, ft_education, ft_degree, ft_education_school, ft_degree_school,
                    pt_education, pt_degree, pt_education_school, pt_degree_school, civil_rank, resume_text,
                    profile_edits)
                select id, ?, 0, cadre_code, name, gender, birth_date, ethnicity, party, education, unit_id,
                    post_title, cadre_rank, management_level, category, status, retired_on, retire_reason, id_number,
                    native_place, birth_place, party_joined, work_started, health, professional_title, expertise,
                    ft_education, ft_degree, ft_education_school, ft_degree_school, pt_education, pt_degree,
                    pt_education_school, pt_degree_school, civil_rank, resume_text, profile_edits
                from cadres""", rev);
        jdbc.update("""
                insert into cadre_family_members_aud (id, rev, revtype, cadre_id, row_no, relation, name, birth_month,
                    political_status, work_and_post)
                select id, ?, 0, cadre_id, row_no, relation, name, birth_month, political_status, work_and_post
                from cadre_family_members""", rev);
        jdbc.update("""
                insert into cadre_annual_grades_aud (id, rev, revtype, cadre_id, grade_year, grade)
                select id, ?, 0, cadre_id, grade_year, grade from cadre_annual_grades""", rev);
        jdbc.update("""
                insert into career_records_aud (id, rev, revtype, cadre_id, start_date, end_date, unit_name,
                    post_title, cadre_rank)
                select id, ?, 0, cadre_id, start_date, end_date, unit_name, post_title, cadre_rank
                from career_records""", rev);
    }

    void recordArchiveCreation() {
        long rev = revision();
        jdbc.update("""
                insert into filing_periods_aud (id, rev, revtype, name_zh, name_en, starts_on, ends_on, deadline,
                    opened_by)
                select id, ?, 0, name_zh, name_en, starts_on, ends_on, deadline, opened_by from filing_periods""", rev);
        jdbc.update("""
                insert into filing_period_categories_aud (rev, period_id, category, revtype)
                select ?, period_id, category, 0 from filing_period_categories""", rev);
        jdbc.update("""
                insert into achievement_entries_aud (id, rev, revtype, cadre_id, period_id, field_id, level_id,
                    category_id, cadre_role, what_done, achieved, effect, figures, status, late, proxy_by, proxy_name,
                    submitted_at, return_reason, reviewer_name, reviewed_at, score_completion, score_truth,
                    score_difficulty, score_contribution)
                select id, ?, 0, cadre_id, period_id, field_id, level_id, category_id, cadre_role, what_done, achieved,
                    effect, figures, status, late, proxy_by, proxy_name, submitted_at, return_reason, reviewer_name,
                    reviewed_at, score_completion, score_truth, score_difficulty, score_contribution
                from achievement_entries""", rev);
    }

    private long revision() {
        long rev = new SequenceIds(jdbc, "revinfo_seq").next();
        jdbc.update("insert into revinfo (id, rev_timestamp, username) values (?, ?, ?)", rev, clock.millis(),
                DemoDataLoader.SYSTEM_USER);
        return rev;
    }
}
