-- 领导干部年度考核: a plan limits the share of a group's assessed key cadres who may be graded 优秀
-- (DOMAIN.md §8a [D]: at most 20% per group). Existing plans get the default.
ALTER TABLE assessment_plans ADD COLUMN excellent_share DECIMAL(5,4) NOT NULL DEFAULT 0.2;
ALTER TABLE assessment_plans_aud ADD COLUMN excellent_share DECIMAL(5,4) NULL;

-- The grades screen reads one year's grades of many cadres at once.
CREATE INDEX ix_cadre_annual_grades_year ON cadre_annual_grades (grade_year, grade);
