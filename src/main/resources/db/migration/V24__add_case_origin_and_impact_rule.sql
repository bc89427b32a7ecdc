-- 一线识别 and 能下能再上: a case names the record it came from (e.g. a frontline recommendation taken from
-- the reserve pool, with a link to it) and, for a 上 case opened inside the cadre's impact period, the
-- reason recorded for it. Each situation says what a 下 for it means for a 上 inside the impact period:
-- WITH_REASON (allowed with a recorded reason) or BARRED (refused until the period ends).
ALTER TABLE adjustment_cases ADD COLUMN reference VARCHAR(300) NULL;
ALTER TABLE adjustment_cases ADD COLUMN reference_link VARCHAR(100) NULL;
ALTER TABLE adjustment_cases ADD COLUMN impact_reason VARCHAR(1000) NULL;
ALTER TABLE adjustment_cases_aud ADD COLUMN reference VARCHAR(300) NULL;
ALTER TABLE adjustment_cases_aud ADD COLUMN reference_link VARCHAR(100) NULL;
ALTER TABLE adjustment_cases_aud ADD COLUMN impact_reason VARCHAR(1000) NULL;

-- The dashboard's 一线提拔使用: decided 上 cases from a frontline recommendation, by decision day.
CREATE INDEX ix_adjustment_cases_decided ON adjustment_cases (direction, source, decision, meeting_date);
-- A cadre's "down" cases whose impact period is still running.
CREATE INDEX ix_adjustment_cases_impact ON adjustment_cases (cadre_id, impact_until);

ALTER TABLE adjustment_situations ADD COLUMN promotion_in_impact VARCHAR(20) NOT NULL DEFAULT 'WITH_REASON';
ALTER TABLE adjustment_situations_aud ADD COLUMN promotion_in_impact VARCHAR(20) NULL;
-- [D] A cadre moved down for breaking organisational discipline or for his moral conduct is not
-- proposed for promotion before the impact period ends (违纪违法 style situations); the administrator
-- may change this per situation.
UPDATE adjustment_situations SET promotion_in_impact = 'BARRED' WHERE id IN (5, 9);
