-- 试用期满考核, the last step of a case promoting a cadre, has a form of its own: its result (称职 / 不称职)
-- and the assessment. It used 跟踪回访's form until now, which asked for visits and a reuse recommendation
-- (能下能再上) that belong to a case moving a cadre down. Its text goes in closing_assessment, the last
-- step's conclusion of either direction.
ALTER TABLE adjustment_cases ADD COLUMN probation_result VARCHAR(20) NULL;
ALTER TABLE adjustment_cases_aud ADD COLUMN probation_result VARCHAR(20) NULL;

UPDATE procedure_steps SET form = 'PROBATION'
WHERE code = 'PROBATION' AND form = 'FOLLOW_UP'
  AND procedure_id IN (SELECT id FROM procedures WHERE code = 'ADJUST_UP');
