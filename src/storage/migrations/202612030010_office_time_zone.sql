-- Every office keeps Polish time: the code has one time zone (domain/organisation/time-zone.ts) and this
-- column, never read, suggested a setting that does not exist.
ALTER TABLE office DROP COLUMN time_zone;
