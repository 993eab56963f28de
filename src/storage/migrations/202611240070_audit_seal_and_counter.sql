-- Two changes that take global waits off the busy paths.
--
-- 1. The audit log is sealed after commit. A use case inserts its audit row in its own transaction, as
--    before, but without taking a lock on the whole chain: the chain's hashes are assigned right after
--    commit by a sealer, in the order rows became visible. `seq` is the row's place in the chain;
--    `prev_hash` and `hash` link and protect it. Until sealed a row has none of the three; once sealed
--    a row never changes again. Rows already chained keep their place (seq = id).
--
-- 2. The ticket counter also counts the regular tickets of the day, so that the daily limit is checked
--    on the counter row itself, under the same row lock that gives out the number, in one statement.

ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
ALTER TABLE audit_log ADD COLUMN seq bigint UNIQUE;
UPDATE audit_log SET seq = id;
ALTER TABLE audit_log
  ALTER COLUMN prev_hash DROP NOT NULL,
  ALTER COLUMN hash DROP NOT NULL,
  ADD CONSTRAINT audit_log_sealed_together CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL));
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE seq IS NULL;

-- The only change a row may ever see: being sealed once, every recorded field left as it was.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
     AND (NEW.id, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.actor_label, NEW.role, NEW.action, NEW.subject_type,
          NEW.subject_id, NEW.details, NEW.address)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.at, OLD.actor_kind, OLD.actor_id, OLD.actor_label, OLD.role, OLD.action, OLD.subject_type,
          OLD.subject_id, OLD.details, OLD.address)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;

ALTER TABLE ticket_counter ADD COLUMN regular_issued integer NOT NULL DEFAULT 0 CHECK (regular_issued BETWEEN 0 AND 9999);
UPDATE ticket_counter c SET regular_issued = (
  SELECT count(*) FROM ticket t
  WHERE t.office_id = c.office_id AND t.letter = c.letter AND t.office_day = c.office_day
    AND t.priority_reason IS NULL AND t.source <> 'booking');
