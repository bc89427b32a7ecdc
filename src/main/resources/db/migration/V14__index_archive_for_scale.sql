-- The archive grid sorted by submission time (newest or oldest first) reads this index in order and
-- stops after one page, instead of sorting every entry in scope (measured in docs/performance.md).
CREATE INDEX ix_entries_submitted ON achievement_entries (submitted_at);
