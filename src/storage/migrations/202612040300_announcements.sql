-- Announcements (komunikaty) and the health of devices that report their own failure.
--
-- An announcement is written by an administrator or the Contact Centre in three languages, with a severity, a
-- schedule and the screens it shows on; or it is raised by the system for a device that failed (then its words
-- are made when it is shown, from the device's building and the office's help room, and `device_id` and
-- `device_problem` say which and why). A change notifies `okienko_announcements` with the office's id, so the
-- boards' and kiosks' event streams send the new list at once (delivered only if the change commits).

CREATE TABLE announcement (
  id                   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id            integer NOT NULL REFERENCES office (id),
  severity             text NOT NULL CHECK (severity IN ('info', 'warning', 'outage')),
  text_pl              text NOT NULL DEFAULT '' CHECK (length(text_pl) <= 500),
  text_en              text NOT NULL DEFAULT '' CHECK (length(text_en) <= 500),
  text_uk              text NOT NULL DEFAULT '' CHECK (length(text_uk) <= 500),
  places               text[] NOT NULL CHECK (cardinality(places) BETWEEN 1 AND 4
                                              AND places <@ ARRAY['public', 'booking', 'kiosk', 'board']::text[]),
  shown_from           timestamptz NOT NULL,
  shown_until          timestamptz,
  withdrawn_at         timestamptz,
  device_id            integer REFERENCES device (id),
  device_problem       text CHECK (device_problem IN ('silent', 'paper_end', 'cover_open', 'printer_error', 'printer_offline')),
  created_by_staff_id  integer REFERENCES staff (id),
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  CHECK (shown_until IS NULL OR shown_until > shown_from),
  CHECK ((device_id IS NULL) = (device_problem IS NULL)),
  -- A person's announcement has its Polish words; a device's are made when it is shown.
  CHECK (device_id IS NOT NULL OR length(btrim(text_pl)) >= 1)
);
-- One open automatic announcement per device: a flapping device updates it, never adds another.
CREATE UNIQUE INDEX announcement_open_per_device ON announcement (device_id)
  WHERE device_id IS NOT NULL AND shown_until IS NULL AND withdrawn_at IS NULL;
CREATE INDEX announcement_office_current ON announcement (office_id, shown_from) WHERE withdrawn_at IS NULL;

CREATE FUNCTION announcement_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('okienko_announcements', COALESCE(NEW.office_id, OLD.office_id)::text);
  RETURN NULL;
END;
$$;
CREATE TRIGGER announcement_changed AFTER INSERT OR UPDATE OR DELETE ON announcement
  FOR EACH ROW EXECUTE FUNCTION announcement_changed();

-- What the office does about failed devices: how long a kiosk or board may stay silent before it counts as
-- failed, how long a recovered device must stay well before its banner goes (so a flapping one does not flood),
-- and the room where residents get a number instead (the Information Point).
CREATE TABLE device_policy (
  office_id               integer PRIMARY KEY REFERENCES office (id),
  silent_after_seconds    integer NOT NULL DEFAULT 60 CHECK (silent_after_seconds BETWEEN 30 AND 3600),
  recovery_hold_seconds   integer NOT NULL DEFAULT 120 CHECK (recovery_hold_seconds BETWEEN 0 AND 3600),
  help_room_id            integer REFERENCES room (id) ON DELETE SET NULL
);

-- A device's problem now (NULL: none) and since when; its history is in device_health_change.
ALTER TABLE device
  ADD COLUMN problem text CHECK (problem IN ('silent', 'paper_end', 'paper_near_end', 'cover_open', 'printer_error', 'printer_offline')),
  ADD COLUMN problem_changed_at timestamptz;

CREATE TABLE device_health_change (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  device_id  integer NOT NULL REFERENCES device (id),
  at         timestamptz NOT NULL,
  problem    text CHECK (problem IN ('silent', 'paper_end', 'paper_near_end', 'cover_open', 'printer_error', 'printer_offline'))
);
CREATE INDEX device_health_change_device_at ON device_health_change (device_id, at);
