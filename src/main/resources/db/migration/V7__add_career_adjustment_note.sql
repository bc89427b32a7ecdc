-- A career entry that an adjustment case made names the case and, for a "down" case, the end of
-- its impact period.
ALTER TABLE career_records ADD COLUMN note VARCHAR(200) NULL;
ALTER TABLE career_records ADD COLUMN impact_until DATE NULL;
ALTER TABLE career_records_aud ADD COLUMN note VARCHAR(200) NULL;
ALTER TABLE career_records_aud ADD COLUMN impact_until DATE NULL;
