-- Difficult situations (seed, standard 8) and the register of complaints and requests (KPA, Division VIII).

-- An incident at a desk or on the phone, recorded as the standard's steps. There is deliberately no field for
-- whose fault it was (step 4: do not prove the client wrong).
CREATE TABLE difficult_situation (
  id                   serial PRIMARY KEY,
  office_id            integer NOT NULL REFERENCES office (id),
  unit_id              integer NOT NULL REFERENCES unit (id),
  occurred_at          timestamptz NOT NULL,
  channel              text NOT NULL CHECK (channel IN ('desk', 'phone')),
  -- Step 3: the facts established by asking questions.
  facts                text NOT NULL CHECK (length(facts) BETWEEN 1 AND 4000),
  -- Step 2: the client's remarks and objections.
  client_remarks       text NOT NULL DEFAULT '' CHECK (length(client_remarks) <= 4000),
  -- Step 5: the solution proposed.
  solution             text NOT NULL CHECK (length(solution) BETWEEN 1 AND 4000),
  -- An optional link to the ticket or booking of the visit; never shown to the public.
  ticket_id            integer REFERENCES ticket (id),
  booking_id           integer REFERENCES booking (id),
  status               text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  -- Step 7: did the proposed solution meet the client's expectations?
  met_expectations     text CHECK (met_expectations IN ('yes', 'partly', 'no')),
  closing_note         text NOT NULL DEFAULT '' CHECK (length(closing_note) <= 4000),
  closed_at            timestamptz,
  recorded_by          integer NOT NULL REFERENCES staff (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT difficult_situation_closed_whole CHECK (
    (status = 'open' AND closed_at IS NULL AND met_expectations IS NULL)
    OR (status = 'closed' AND closed_at IS NOT NULL AND met_expectations IS NOT NULL))
);
CREATE INDEX difficult_situation_unit ON difficult_situation (office_id, unit_id, occurred_at DESC);

-- Step 6: what will be done to resolve it, by whom and by when.
CREATE TABLE difficult_situation_action (
  id                   serial PRIMARY KEY,
  situation_id         integer NOT NULL REFERENCES difficult_situation (id),
  description          text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  responsible          text NOT NULL CHECK (length(responsible) BETWEEN 1 AND 200),
  due_on               date NOT NULL,
  done_at              timestamptz
);
CREATE INDEX difficult_situation_action_open ON difficult_situation_action (situation_id) WHERE done_at IS NULL;

-- The register's settings: how long personal data is kept after a case ends, and how many days before its
-- deadline a case is flagged as near due.
CREATE TABLE complaint_policy (
  office_id            integer PRIMARY KEY REFERENCES office (id),
  retention_days       integer NOT NULL DEFAULT 1825 CHECK (retention_days BETWEEN 30 AND 7300),
  near_due_days        integer NOT NULL DEFAULT 7 CHECK (near_due_days BETWEEN 0 AND 30)
);

-- A complaint or a request (skarga, wniosek) as the Contact Centre registers it.
CREATE TABLE complaint (
  id                   serial PRIMARY KEY,
  office_id            integer NOT NULL REFERENCES office (id),
  kind                 text NOT NULL CHECK (kind IN ('complaint', 'request')),
  received_on          date NOT NULL,
  channel              text NOT NULL CHECK (channel IN ('form', 'letter', 'email', 'in_person', 'problem_report')),
  sender_name          text NOT NULL DEFAULT '' CHECK (length(sender_name) <= 200),
  sender_address       text NOT NULL DEFAULT '' CHECK (length(sender_address) <= 400),
  sender_email         text NOT NULL DEFAULT '' CHECK (length(sender_email) <= 254),
  subject              text NOT NULL CHECK (length(subject) <= 4000),
  unit_id              integer REFERENCES unit (id),
  assignee             text NOT NULL DEFAULT '' CHECK (length(assignee) <= 200),
  -- Art. 237 §1 / art. 244 KPA: one month from receipt, computed at registration.
  due_on               date NOT NULL CHECK (due_on > received_on),
  -- 'unexamined': without the sender's name and address (Rozporządzenie RM of 8 January 2002, §8).
  status               text NOT NULL CHECK (status IN ('open', 'answered', 'unexamined')),
  handling             text NOT NULL DEFAULT '' CHECK (length(handling) <= 4000),
  -- Art. 36 KPA: the notice of delay, its reason and the new date.
  delay_notified_on    date,
  delay_reason         text NOT NULL DEFAULT '' CHECK (length(delay_reason) <= 2000),
  new_due_on           date,
  replied_on           date,
  reply_method         text CHECK (reply_method IN ('letter', 'email', 'electronic_delivery', 'in_person')),
  anonymised_at        timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT complaint_delay_whole CHECK (
    (delay_notified_on IS NULL AND new_due_on IS NULL)
    OR (delay_notified_on IS NOT NULL AND new_due_on IS NOT NULL AND new_due_on > due_on)),
  CONSTRAINT complaint_reply_whole CHECK (
    (status = 'answered') = (replied_on IS NOT NULL AND reply_method IS NOT NULL)
    AND (replied_on IS NULL OR replied_on >= received_on)),
  CONSTRAINT complaint_anonymous_unexamined CHECK (
    status = 'unexamined' OR anonymised_at IS NOT NULL OR (sender_name <> '' AND sender_address <> ''))
);
CREATE INDEX complaint_register ON complaint (office_id, received_on DESC, id DESC);
CREATE INDEX complaint_to_anonymise ON complaint (office_id) WHERE anonymised_at IS NULL;
