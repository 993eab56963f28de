-- Service figures' pre-aggregate (issue 18, part 2): the visits of a closed office day summed per hour, service
-- and desk, so that a year's figures read some fifty thousand cells instead of half a million tickets. A day
-- counts as rolled up while its row in stats_rolled_day exists; any change to a ticket or booking of that day
-- removes the row (and its cells, by the cascade), and the figures compute that day from the tickets until the
-- job rolls it up again.
CREATE TABLE stats_rolled_day (
  office_id   integer NOT NULL REFERENCES office (id),
  office_day  date NOT NULL,
  rolled_at   timestamptz NOT NULL,
  PRIMARY KEY (office_id, office_day)
);

CREATE TABLE stats_cell (
  office_id         integer NOT NULL,
  office_day        date NOT NULL,
  -- The arrival's hour (a booking's start) in Europe/Warsaw.
  hour              smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
  service_id        integer NOT NULL REFERENCES service (id),
  desk_id           integer REFERENCES desk (id),
  tickets           integer NOT NULL CHECK (tickets >= 0),
  served            integer NOT NULL CHECK (served >= 0),
  no_shows          integer NOT NULL CHECK (no_shows >= 0),
  transfers         integer NOT NULL CHECK (transfers >= 0),
  priority          integer NOT NULL CHECK (priority >= 0),
  bookings          integer NOT NULL CHECK (bookings >= 0),
  booking_no_shows  integer NOT NULL CHECK (booking_no_shows >= 0),
  -- Each called ticket's waiting time and each served ticket's service time in whole seconds rounded up,
  -- four bytes apiece (int4send), so percentiles and "above the target" come out to the second.
  waits             bytea NOT NULL CHECK (length(waits) % 4 = 0),
  services          bytea NOT NULL CHECK (length(services) % 4 = 0),
  FOREIGN KEY (office_id, office_day) REFERENCES stats_rolled_day ON DELETE CASCADE
);
CREATE UNIQUE INDEX stats_cell_key ON stats_cell (office_id, office_day, hour, service_id, desk_id) NULLS NOT DISTINCT;

-- Forgets a rolled-up day. The shared lock meets the roll-up's exclusive one, so a change committed while a day is
-- being rolled up is never lost: whichever transaction comes second sees the other's rows.
CREATE FUNCTION stats_forget_day(office integer, day date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('stats_day ' || office || ' ' || day, 0));
  DELETE FROM stats_rolled_day WHERE office_id = office AND office_day = day;
END
$$;

-- The days of a statement's rows, in day order (as the roll-up takes its locks).
CREATE FUNCTION stats_forget_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stats_forget_day(office_id, office_day)
  FROM (SELECT DISTINCT office_id, office_day FROM changed ORDER BY office_id, office_day) d;
  RETURN NULL;
END
$$;

-- An update may move a row to another day: both days are forgotten.
CREATE FUNCTION stats_forget_updated_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stats_forget_day(office_id, office_day)
  FROM (SELECT office_id, office_day FROM changed UNION SELECT office_id, office_day FROM changed_before ORDER BY office_id, office_day) d;
  RETURN NULL;
END
$$;

CREATE TRIGGER ticket_stats_insert AFTER INSERT ON ticket REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stats_forget_days();
CREATE TRIGGER ticket_stats_update AFTER UPDATE ON ticket REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stats_forget_updated_days();
CREATE TRIGGER ticket_stats_delete AFTER DELETE ON ticket REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stats_forget_days();
CREATE TRIGGER booking_stats_insert AFTER INSERT ON booking REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stats_forget_days();
CREATE TRIGGER booking_stats_update AFTER UPDATE ON booking REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stats_forget_updated_days();
CREATE TRIGGER booking_stats_delete AFTER DELETE ON booking REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stats_forget_days();
