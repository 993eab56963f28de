-- The Information Point (seed 7.1, 7.2): calling a unit down to the ground floor, the sign-language interpreter.

-- The office's settings of the Information Point: how long a ground-floor request waits for a clerk before it
-- escalates, where the video interpreter is, and the office's own video in Polish Sign Language (none made up).
CREATE TABLE information_point_policy (
  office_id                     integer PRIMARY KEY REFERENCES office (id),
  ground_floor_escalate_minutes integer NOT NULL DEFAULT 5 CHECK (ground_floor_escalate_minutes BETWEEN 1 AND 120),
  interpreter_room_id           integer REFERENCES room (id),
  sign_language_video_url       text CHECK (sign_language_video_url ~ '^https://[^\s]{1,500}$')
);

-- A person with special needs waiting on the ground floor for a clerk of the competent unit (seed 7.1). No health
-- details: a reason code only. One clerk accepts it (accepted_by), then marks it served; or it is cancelled.
CREATE TABLE ground_floor_request (
  id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id      integer NOT NULL REFERENCES office (id),
  service_id     integer NOT NULL,
  unit_id        integer NOT NULL REFERENCES unit (id),
  reason         text NOT NULL CHECK (reason IN ('mobility', 'wheelchair', 'blind', 'deaf', 'elderly', 'pregnant', 'carer_with_child', 'other')),
  room_id        integer NOT NULL REFERENCES room (id),
  ticket_id      integer REFERENCES ticket (id),
  status         text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'accepted', 'served', 'cancelled')),
  registered_at  timestamptz NOT NULL,
  registered_by  integer REFERENCES staff (id),
  accepted_at    timestamptz,
  accepted_by    integer REFERENCES staff (id),
  accepted_desk_id integer REFERENCES desk (id),
  served_at      timestamptz,
  cancelled_at   timestamptz,
  escalated_at   timestamptz,
  FOREIGN KEY (service_id, office_id) REFERENCES service (id, office_id),
  CHECK (status <> 'registered' OR accepted_at IS NULL),
  CHECK (status NOT IN ('accepted', 'served') OR (accepted_at IS NOT NULL AND accepted_by IS NOT NULL)),
  CHECK ((status = 'served') = (served_at IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE INDEX ground_floor_request_open ON ground_floor_request (office_id, status) WHERE status IN ('registered', 'accepted');
CREATE INDEX ground_floor_request_day ON ground_floor_request (office_id, registered_at);

-- Whether the video interpreter is available now (seed 7.2); one row per office, changed by the Information Point.
CREATE TABLE interpreter_status (
  office_id     integer PRIMARY KEY REFERENCES office (id),
  available     boolean NOT NULL,
  reason        text CHECK (reason IN ('in_session', 'break', 'technical', 'absent', 'other')),
  expected_back timestamptz,
  changed_at    timestamptz NOT NULL,
  changed_by    integer REFERENCES staff (id),
  CHECK (available = (reason IS NULL)),
  CHECK (NOT available OR expected_back IS NULL)
);

-- A video-interpreter session, without personal data: when, for which matter and unit, and how it ended.
CREATE TABLE interpreter_session (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id   integer NOT NULL REFERENCES office (id),
  started_at  timestamptz NOT NULL,
  ended_at    timestamptz,
  service_id  integer,
  unit_id     integer REFERENCES unit (id),
  outcome     text CHECK (outcome IN ('settled', 'referred', 'interrupted', 'technical_failure')),
  started_by  integer REFERENCES staff (id),
  FOREIGN KEY (service_id, office_id) REFERENCES service (id, office_id),
  CHECK ((ended_at IS NULL) = (outcome IS NULL)),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- One session at a time per office: there is one video interpreter station.
CREATE UNIQUE INDEX interpreter_session_one_open ON interpreter_session (office_id) WHERE ended_at IS NULL;

-- An in-person interpreter (PJM, SJM or SKOGN) requested ahead by a resident (ustawa o języku migowym, art. 12:
-- at least 3 working days' notice). Contact data are personal: reads are audited, and they are removed
-- after the retention period (anonymised_at).
CREATE TABLE interpreter_request (
  id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id      integer NOT NULL REFERENCES office (id),
  method         text NOT NULL CHECK (method IN ('pjm', 'sjm', 'skogn')),
  visit_on       date NOT NULL,
  visit_time     time NOT NULL,
  service_id     integer,
  full_name      text NOT NULL,
  email          text NOT NULL DEFAULT '',
  phone          text NOT NULL DEFAULT '',
  locale         text NOT NULL DEFAULT 'pl',
  status         text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'confirmed', 'proposed', 'cancelled')),
  proposed_on    date,
  proposed_time  time,
  proposed_method text CHECK (proposed_method IN ('pjm', 'sjm', 'skogn', 'video')),
  answer_reason  text NOT NULL DEFAULT '',
  created_at     timestamptz NOT NULL,
  answered_at    timestamptz,
  answered_by    integer REFERENCES staff (id),
  anonymised_at  timestamptz,
  FOREIGN KEY (service_id, office_id) REFERENCES service (id, office_id),
  CHECK (anonymised_at IS NOT NULL OR email <> '' OR phone <> ''),
  CHECK (status <> 'proposed' OR (answer_reason <> '' AND (proposed_on IS NOT NULL OR proposed_method IS NOT NULL)))
);
CREATE INDEX interpreter_request_office ON interpreter_request (office_id, visit_on);
