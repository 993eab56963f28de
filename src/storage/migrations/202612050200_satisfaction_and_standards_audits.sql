-- Quality (issue 18, parts 1 and 4): residents' satisfaction answers and the audits of the standards.

-- A feedback tablet by the exit: a device kind of its own.
ALTER TABLE device
  DROP CONSTRAINT device_kind_check,
  ADD CONSTRAINT device_kind_check CHECK (kind IN ('kiosk', 'board', 'printer', 'feedback'));

-- The auditor ("tajemniczy klient") records audits of the standards.
ALTER TABLE staff_role
  DROP CONSTRAINT staff_role_role_check,
  ADD CONSTRAINT staff_role_role_check CHECK (role IN ('admin', 'clerk', 'information_point', 'unit_head', 'city_secretary',
    'register_keeper', 'contact_centre', 'auditor'));

-- The follow page's mail after a booked visit carries a link to the same question.
ALTER TABLE mail_outbox
  DROP CONSTRAINT mail_outbox_kind_check,
  ADD CONSTRAINT mail_outbox_kind_check CHECK (kind IN ('booking_confirmed', 'booking_reminder', 'booking_moved',
    'booking_cancelled', 'report_confirm', 'report_status', 'booking_feedback'));
-- One invitation per booking, whoever queues it.
CREATE UNIQUE INDEX mail_outbox_one_feedback ON mail_outbox (booking_id) WHERE kind = 'booking_feedback';

-- One answer to "how were you served?": after a ticket, after a booked visit, or at a feedback tablet.
-- Nothing here says who answered; the comment is the resident's own words and is moderated before anyone
-- but the unit's head reads it.
CREATE TABLE satisfaction_answer (
  id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id      integer NOT NULL REFERENCES office (id),
  ticket_id      integer UNIQUE REFERENCES ticket (id),
  booking_id     integer UNIQUE REFERENCES booking (id),
  device_id      integer REFERENCES device (id),
  service_id     integer REFERENCES service (id),
  unit_id        integer REFERENCES unit (id),
  desk_id        integer REFERENCES desk (id),
  answered_at    timestamptz NOT NULL,
  score          smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment        text CHECK (comment IS NULL OR length(btrim(comment)) BETWEEN 1 AND 1000),
  comment_state  text NOT NULL DEFAULT 'none' CHECK (comment_state IN ('none', 'pending', 'approved', 'rejected')),
  moderated_by   integer REFERENCES staff (id),
  moderated_at   timestamptz,
  CHECK ((comment IS NULL) = (comment_state = 'none')),
  CHECK ((comment_state IN ('approved', 'rejected')) = (moderated_at IS NOT NULL)),
  -- A visit (a ticket, a booking, or both for a booked visit's ticket) or a tablet, never both.
  CHECK ((device_id IS NULL) <> (ticket_id IS NULL AND booking_id IS NULL))
);
CREATE INDEX satisfaction_answer_time ON satisfaction_answer (office_id, answered_at);
CREATE INDEX satisfaction_answer_pending ON satisfaction_answer (office_id, unit_id) WHERE comment_state = 'pending';

-- The checklist of the standards' audits: data, so the office changes it when the standards change. An
-- item's words never change once written (a trigger keeps it so): a changed standard is a new item and the
-- old one retired, so an audit always shows the words it was recorded against.
CREATE TABLE standard_audit_item (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id   integer NOT NULL REFERENCES office (id),
  standard    text NOT NULL CHECK (standard IN ('greeting', 'respect', 'appearance', 'direct_contact', 'telephone',
    'discretion', 'special_needs')),
  position    smallint NOT NULL CHECK (position BETWEEN 1 AND 999),
  wording_pl  text NOT NULL CHECK (length(btrim(wording_pl)) BETWEEN 1 AND 500),
  wording_en  text NOT NULL DEFAULT '' CHECK (length(wording_en) <= 500),
  wording_uk  text NOT NULL DEFAULT '' CHECK (length(wording_uk) <= 500),
  created_at  timestamptz NOT NULL,
  retired_at  timestamptz,
  UNIQUE (id, office_id)
);
CREATE UNIQUE INDEX standard_audit_item_live_wording ON standard_audit_item (office_id, standard, wording_pl) WHERE retired_at IS NULL;

CREATE FUNCTION standard_audit_item_words_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.wording_pl IS DISTINCT FROM OLD.wording_pl OR NEW.wording_en IS DISTINCT FROM OLD.wording_en
     OR NEW.wording_uk IS DISTINCT FROM OLD.wording_uk OR NEW.standard IS DISTINCT FROM OLD.standard
     OR (OLD.retired_at IS NOT NULL AND NEW.retired_at IS DISTINCT FROM OLD.retired_at) THEN
    RAISE EXCEPTION 'an audit item''s words are kept as written; retire it and add a new one';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER standard_audit_item_words BEFORE UPDATE ON standard_audit_item
  FOR EACH ROW EXECUTE FUNCTION standard_audit_item_words_kept();

-- One audit: a unit (or one of its desks), in person or by phone, at a moment, by an auditor.
CREATE TABLE standard_audit (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id     integer NOT NULL REFERENCES office (id),
  unit_id       integer NOT NULL REFERENCES unit (id),
  desk_id       integer REFERENCES desk (id),
  channel       text NOT NULL CHECK (channel IN ('in_person', 'phone')),
  performed_on  date NOT NULL,
  auditor_id    integer NOT NULL REFERENCES staff (id),
  note          text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  recorded_at   timestamptz NOT NULL,
  UNIQUE (id, office_id)
);
CREATE INDEX standard_audit_unit ON standard_audit (office_id, unit_id, performed_on);

-- Each item's result in an audit; the item's row keeps the words.
CREATE TABLE standard_audit_result (
  audit_id   integer NOT NULL,
  item_id    integer NOT NULL,
  office_id  integer NOT NULL,
  result     text NOT NULL CHECK (result IN ('met', 'not_met', 'not_observed')),
  note       text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  PRIMARY KEY (audit_id, item_id),
  FOREIGN KEY (audit_id, office_id) REFERENCES standard_audit (id, office_id),
  FOREIGN KEY (item_id, office_id) REFERENCES standard_audit_item (id, office_id)
);
