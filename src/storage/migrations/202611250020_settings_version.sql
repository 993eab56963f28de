-- One number that changes whenever any of the office's settings change: the office, its buildings, rooms,
-- units, services, desks, opening hours, calendar exceptions, priority reasons and the queue and booking
-- policies and schedules.
--
-- Reads of settings that run on every booking attempt (a service's details, the booking policy, a
-- service's desks, schedules, hours and exceptions) are kept in memory by the app while this number is
-- unchanged; each such read asks for the number in the same statement as the live data it needs, so a
-- change is seen by the first request that starts after it commits, however it was made (the admin pages,
-- the command line, plain SQL). `instance` tells databases apart when one process talks to several (tests).
--
-- The number is raised by deferred constraint triggers, at the commit of a transaction that changed a
-- settings row: its row lock is held only from there to the end of the commit, so two admins' changes wait
-- for each other's commit for a moment but cannot deadlock on it in the middle of their work.

CREATE TABLE settings_version (
  single    boolean PRIMARY KEY DEFAULT true CHECK (single),
  instance  uuid NOT NULL DEFAULT gen_random_uuid(),
  version   bigint NOT NULL DEFAULT 0
);

INSERT INTO settings_version DEFAULT VALUES;

-- Once per transaction: the row triggers of a large change (the demo office's thousands of rows) find the
-- transaction's mark and return.
CREATE FUNCTION settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('okienko.settings_changed_in', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('okienko.settings_changed_in', txid_current()::text, true);
    UPDATE settings_version SET version = version + 1;
  END IF;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  settings_table text;
BEGIN
  FOREACH settings_table IN ARRAY ARRAY['office', 'building', 'room', 'unit', 'service', 'desk', 'desk_service', 'opening_hours',
                                         'calendar_exception', 'priority_reason', 'queue_policy', 'booking_policy', 'booking_schedule']
  LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
                   'FOR EACH ROW EXECUTE FUNCTION settings_changed()', settings_table || '_settings_changed', settings_table);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION settings_changed()',
                   settings_table || '_settings_truncated', settings_table);
  END LOOP;
END;
$$;
