-- Home visits (seed, standard 7.3): the Information Point's request, the hand-off to the unit head, the City
-- Secretary's authorisations to act outside the seat and their register, and the visits themselves.

-- The office's settings: how many working days a unit has to handle a request before it is flagged to the unit
-- head, how many days before its end an authorisation is flagged, and how long a request's personal data is
-- kept after the visit (or after its cancellation).
CREATE TABLE home_visit_policy (
  office_id             integer PRIMARY KEY REFERENCES office (id),
  handle_within_days    integer NOT NULL DEFAULT 3 CHECK (handle_within_days BETWEEN 1 AND 30),
  expiry_warning_days   integer NOT NULL DEFAULT 14 CHECK (expiry_warning_days BETWEEN 1 AND 90),
  retention_days        integer NOT NULL DEFAULT 90 CHECK (retention_days BETWEEN 1 AND 3650)
);

-- The annex's table as the Information Point fills it in. No field holds a diagnosis: the reason is a category.
CREATE TABLE home_visit_request (
  id                    serial PRIMARY KEY,
  office_id             integer NOT NULL REFERENCES office (id),
  unit_id               integer NOT NULL REFERENCES unit (id),
  service_id            integer REFERENCES service (id),
  matter_text           text NOT NULL DEFAULT '' CHECK (length(matter_text) <= 1000),
  channel               text NOT NULL CHECK (channel IN ('desk', 'phone')),
  applicant_name        text NOT NULL CHECK (length(applicant_name) <= 200),
  visit_address         text NOT NULL CHECK (length(visit_address) <= 400),
  phone                 text NOT NULL CHECK (length(phone) <= 20),
  email                 text NOT NULL DEFAULT '' CHECK (length(email) <= 200),
  representative_name   text NOT NULL DEFAULT '' CHECK (length(representative_name) <= 200),
  representative_kind   text CHECK (representative_kind IN ('carer', 'family', 'legal_guardian', 'attorney')),
  representative_phone  text NOT NULL DEFAULT '' CHECK (length(representative_phone) <= 20),
  reason_category       text NOT NULL CHECK (reason_category IN
                          ('mobility', 'chronic_illness', 'disability', 'temporary_condition', 'old_age', 'other')),
  preferred_days        text[] NOT NULL DEFAULT '{}' CHECK (preferred_days <@ ARRAY['mon', 'tue', 'wed', 'thu', 'fri']),
  preferred_time        text NOT NULL CHECK (preferred_time IN ('morning', 'midday', 'afternoon', 'any')),
  preferred_notes       text NOT NULL DEFAULT '' CHECK (length(preferred_notes) <= 500),
  access_notes          text NOT NULL DEFAULT '' CHECK (length(access_notes) <= 500),
  -- The resident agreed to the visit and was given the information clause (RODO art. 13).
  consent               boolean NOT NULL CHECK (consent),
  clause_given          boolean NOT NULL CHECK (clause_given),
  taken_by              integer NOT NULL REFERENCES staff (id),
  taken_at              timestamptz NOT NULL,
  status                text NOT NULL DEFAULT 'registered' CHECK (status IN
                          ('registered', 'sent', 'assigned', 'authorised', 'scheduled', 'done', 'cancelled')),
  sent_at               timestamptz,
  case_sign             text CHECK (case_sign ~ '^[A-ZĄĆĘŁŃÓŚŹŻ]{1,10}(-[A-Z0-9ĄĆĘŁŃÓŚŹŻ]{1,6})?\.[0-9]{1,4}\.[1-9][0-9]{0,5}\.[0-9]{4}$'),
  assigned_to           integer REFERENCES staff (id),
  assigned_at           timestamptz,
  cancel_reason         text NOT NULL DEFAULT '' CHECK (length(cancel_reason) <= 1000),
  ended_at              timestamptz,
  anonymised_at         timestamptz,
  CONSTRAINT home_visit_request_matter CHECK (service_id IS NOT NULL OR matter_text <> '' OR anonymised_at IS NOT NULL),
  CONSTRAINT home_visit_request_assigned CHECK (
    status IN ('registered', 'sent', 'cancelled') OR (case_sign IS NOT NULL AND assigned_to IS NOT NULL)),
  CONSTRAINT home_visit_request_ended CHECK ((status IN ('done', 'cancelled')) = (ended_at IS NOT NULL))
);
-- One EZD case, one request.
CREATE UNIQUE INDEX home_visit_request_case_sign ON home_visit_request (office_id, case_sign);
CREATE INDEX home_visit_request_unit ON home_visit_request (office_id, unit_id, status);
CREATE INDEX home_visit_request_clerk ON home_visit_request (assigned_to, status);
CREATE INDEX home_visit_request_to_anonymise ON home_visit_request (office_id, ended_at) WHERE anonymised_at IS NULL;

-- The City Secretary's yearly list of authorisations: the last number given in a year. A grant takes the next
-- one with an UPDATE of this row, so two grants at once wait for each other and never share a number.
CREATE TABLE home_visit_authorisation_counter (
  office_id             integer NOT NULL REFERENCES office (id),
  year                  integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_number           integer NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (office_id, year)
);

-- An authorisation to act outside the office's seat. What the register keeps: no resident's data here.
CREATE TABLE home_visit_authorisation (
  id                    serial PRIMARY KEY,
  office_id             integer NOT NULL REFERENCES office (id),
  employee_id           integer NOT NULL REFERENCES staff (id),
  unit_id               integer REFERENCES unit (id),
  -- The request that prompted it, if any; one authorisation may cover many visits while valid.
  request_id            integer REFERENCES home_visit_request (id),
  scope                 text NOT NULL CHECK (length(scope) BETWEEN 1 AND 1000),
  legal_basis           text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 500),
  valid_from            date NOT NULL,
  valid_until           date NOT NULL,
  status                text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'granted', 'refused', 'revoked')),
  requested_by          integer NOT NULL REFERENCES staff (id),
  requested_at          timestamptz NOT NULL,
  number_year           integer,
  number_seq            integer CHECK (number_seq >= 1),
  number                text,
  decided_by            integer REFERENCES staff (id),
  decided_at            timestamptz,
  refusal_reason        text NOT NULL DEFAULT '' CHECK (length(refusal_reason) <= 1000),
  revoked_by            integer REFERENCES staff (id),
  revoked_at            timestamptz,
  revoke_reason         text NOT NULL DEFAULT '' CHECK (length(revoke_reason) <= 1000),
  CONSTRAINT home_visit_authorisation_period CHECK (valid_until >= valid_from),
  CONSTRAINT home_visit_authorisation_numbered CHECK (
    (status IN ('granted', 'revoked')) = (number IS NOT NULL AND number_year IS NOT NULL AND number_seq IS NOT NULL)
    AND (number IS NULL OR number = 'SM.0052.' || number_seq || '.' || number_year)),
  CONSTRAINT home_visit_authorisation_decided CHECK ((status = 'requested') = (decided_at IS NULL)),
  CONSTRAINT home_visit_authorisation_refused CHECK ((status = 'refused') = (refusal_reason <> '')),
  CONSTRAINT home_visit_authorisation_revoked CHECK ((status = 'revoked') = (revoked_at IS NOT NULL AND revoke_reason <> ''))
);
CREATE UNIQUE INDEX home_visit_authorisation_number ON home_visit_authorisation (office_id, number);
CREATE UNIQUE INDEX home_visit_authorisation_sequence ON home_visit_authorisation (office_id, number_year, number_seq);
CREATE INDEX home_visit_authorisation_employee ON home_visit_authorisation (employee_id, status, valid_until);

-- A granted entry is changed only by revoking it: its number, person, scope, basis and dates stay as granted.
CREATE FUNCTION home_visit_authorisation_keep_granted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'requested' AND (
       (NEW.employee_id, NEW.unit_id, NEW.scope, NEW.legal_basis, NEW.valid_from, NEW.valid_until, NEW.number,
        NEW.decided_at, NEW.refusal_reason)
       IS DISTINCT FROM
       (OLD.employee_id, OLD.unit_id, OLD.scope, OLD.legal_basis, OLD.valid_from, OLD.valid_until, OLD.number,
        OLD.decided_at, OLD.refusal_reason)
       OR (OLD.status = 'granted' AND NEW.status NOT IN ('granted', 'revoked'))
       OR (OLD.status <> 'granted' AND NEW.status IS DISTINCT FROM OLD.status)) THEN
    RAISE EXCEPTION 'a decided authorisation is changed only by revoking it'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'home_visit_authorisation_kept';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER home_visit_authorisation_kept BEFORE UPDATE ON home_visit_authorisation
  FOR EACH ROW EXECUTE FUNCTION home_visit_authorisation_keep_granted();
CREATE FUNCTION home_visit_authorisation_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the register keeps every authorisation'
    USING ERRCODE = 'check_violation', CONSTRAINT = 'home_visit_authorisation_kept';
END $$;
CREATE TRIGGER home_visit_authorisation_not_deleted BEFORE DELETE ON home_visit_authorisation
  FOR EACH ROW EXECUTE FUNCTION home_visit_authorisation_no_delete();

-- A visit on a date, by an employee, under an authorisation. A moved visit stays as 'moved' with its reason and a
-- new row is scheduled; so the register counts visits done under each authorisation.
CREATE TABLE home_visit (
  id                    serial PRIMARY KEY,
  request_id            integer NOT NULL REFERENCES home_visit_request (id),
  authorisation_id      integer NOT NULL REFERENCES home_visit_authorisation (id),
  employee_id           integer NOT NULL REFERENCES staff (id),
  visit_on              date NOT NULL,
  visit_time            time NOT NULL,
  informed_by           text NOT NULL CHECK (informed_by IN ('phone', 'letter', 'email')),
  status                text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'done', 'cancelled', 'moved')),
  outcome               text CHECK (outcome IN ('handled', 'documents_taken', 'not_home', 'refused_by_resident')),
  documents_taken       text NOT NULL DEFAULT '' CHECK (length(documents_taken) <= 1000),
  note                  text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  reason                text NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
  scheduled_by          integer NOT NULL REFERENCES staff (id),
  scheduled_at          timestamptz NOT NULL,
  ended_at              timestamptz,
  CONSTRAINT home_visit_done_whole CHECK ((status = 'done') = (outcome IS NOT NULL)),
  CONSTRAINT home_visit_ended CHECK ((status = 'scheduled') = (ended_at IS NULL))
);
-- One visit at a time is scheduled for a request.
CREATE UNIQUE INDEX home_visit_one_scheduled ON home_visit (request_id) WHERE status = 'scheduled';
CREATE INDEX home_visit_employee ON home_visit (employee_id, visit_on);
CREATE INDEX home_visit_by_authorisation ON home_visit (authorisation_id);

-- The rule of seed 7.3 c kept by the database too: a visit is scheduled only under a granted authorisation of the
-- visiting employee that is valid on the visit's date.
CREATE FUNCTION home_visit_check_authorisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'scheduled' AND NOT EXISTS (
       SELECT 1 FROM home_visit_authorisation a
        WHERE a.id = NEW.authorisation_id AND a.employee_id = NEW.employee_id AND a.status = 'granted'
          AND NEW.visit_on BETWEEN a.valid_from AND a.valid_until) THEN
    RAISE EXCEPTION 'no authorisation valid on the visit''s date'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'home_visit_authorised';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER home_visit_authorised BEFORE INSERT OR UPDATE OF visit_on, employee_id, authorisation_id, status ON home_visit
  FOR EACH ROW EXECUTE FUNCTION home_visit_check_authorisation();
