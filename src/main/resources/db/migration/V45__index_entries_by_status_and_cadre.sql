-- The archive grid's capped total filtered by status (issue 21, item 2): with (status, cadre_id) the count of
-- at most 10,001 entries joins to cadres and units from the index alone, instead of reading each entry's row
-- for its cadre_id through ix_entries_status_submitted (p95 411 ms at 2,000,000 entries). The review queue
-- (status = 'SUBMITTED' order by submitted_at) keeps ix_entries_status_submitted for its order.
CREATE INDEX ix_entries_status_cadre ON achievement_entries (status, cadre_id);
