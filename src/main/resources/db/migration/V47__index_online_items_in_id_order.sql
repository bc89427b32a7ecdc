-- The nightly sweep reads the online items a page at a time in id order (status = 'ONLINE' and id > ? order by
-- id limit ?). ix_supervision_items_status_light holds them in light order, so each page sorted every online item;
-- (status, id) gives the page straight from the index. Its keys change only when an item goes online or closes,
-- not with every light, which also keeps the scan short inside one long transaction (the demo's year, whose
-- uncommitted light changes otherwise leave a trail of superseded index entries for every read to step over).
CREATE INDEX ix_supervision_items_status_id ON supervision_items (status, id);
