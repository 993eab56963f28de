-- The queue: tickets and their numbering, per-service issuing rules, the office's queue policy, priority
-- reasons, desk sessions and the event log that boards and follow pages replay.

-- Issuing rules of a service (set by an administrator): a daily limit of regular tickets (NULL: none) and
-- how many minutes before closing the kiosk stops issuing.
ALTER TABLE service
  ADD COLUMN daily_ticket_limit integer CHECK (daily_ticket_limit IS NULL OR daily_ticket_limit BETWEEN 1 AND 9999),
  ADD COLUMN stop_issuing_minutes smallint NOT NULL DEFAULT 15 CHECK (stop_issuing_minutes BETWEEN 0 AND 240);

-- One row per office; an office without one uses the defaults below.
CREATE TABLE queue_policy (
  office_id                 integer PRIMARY KEY REFERENCES office (id),
  recalls_before_no_show    smallint NOT NULL DEFAULT 2 CHECK (recalls_before_no_show BETWEEN 0 AND 10),
  max_recalls               smallint NOT NULL DEFAULT 3 CHECK (max_recalls BETWEEN 0 AND 10),
  max_out_of_turn_in_a_row  smallint NOT NULL DEFAULT 3 CHECK (max_out_of_turn_in_a_row BETWEEN 1 AND 20),
  booking_minutes_before    smallint NOT NULL DEFAULT 10 CHECK (booking_minutes_before BETWEEN 0 AND 120),
  booking_minutes_after     smallint NOT NULL DEFAULT 15 CHECK (booking_minutes_after BETWEEN 0 AND 120),
  CHECK (recalls_before_no_show <= max_recalls)
);

-- Why a ticket is served out of turn (seed 7.1); retired reasons stay for the tickets that carry them.
CREATE TABLE priority_reason (
  office_id  integer NOT NULL REFERENCES office (id),
  code       text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name_pl    text NOT NULL CHECK (length(btrim(name_pl)) BETWEEN 1 AND 120),
  name_en    text NOT NULL DEFAULT '' CHECK (length(name_en) <= 120),
  name_uk    text NOT NULL DEFAULT '' CHECK (length(name_uk) <= 120),
  position   smallint NOT NULL DEFAULT 0,
  active     boolean NOT NULL DEFAULT true,
  PRIMARY KEY (office_id, code)
);

-- The last number given per office, letter and office day. Issuing takes it with
-- INSERT … ON CONFLICT DO UPDATE … RETURNING: the row lock serialises kiosks of one letter until commit.
CREATE TABLE ticket_counter (
  office_id    integer NOT NULL REFERENCES office (id),
  letter       text NOT NULL CHECK (letter ~ '^[A-Z]$'),
  office_day   date NOT NULL,
  last_number  integer NOT NULL CHECK (last_number BETWEEN 1 AND 9999),
  PRIMARY KEY (office_id, letter, office_day)
);

CREATE TABLE ticket (
  id                   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id            integer NOT NULL REFERENCES office (id),
  service_id           integer NOT NULL REFERENCES service (id),
  -- The letter and number as printed: they stay when the ticket is transferred to another service.
  letter               text NOT NULL CHECK (letter ~ '^[A-Z]$'),
  office_day           date NOT NULL,
  number               integer NOT NULL CHECK (number BETWEEN 1 AND 9999),
  -- For the follow page: random, unguessable, never derived from a person.
  public_code          text NOT NULL UNIQUE CHECK (public_code ~ '^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$'),
  priority_reason      text,
  source               text NOT NULL CHECK (source IN ('kiosk', 'information_point', 'booking')),
  booked_for           timestamptz,
  issued_at            timestamptz NOT NULL,
  -- The place in the queue: kept through transfers and returns.
  arrived_at           timestamptz NOT NULL,
  status               text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'serving', 'done', 'no_show', 'cancelled')),
  desk_id              integer REFERENCES desk (id),
  assigned_desk_id     integer REFERENCES desk (id),
  called_at            timestamptz,
  started_at           timestamptz,
  ended_at             timestamptz,
  outcome              text CHECK (outcome IN ('settled', 'needs_more_documents')),
  recalls              smallint NOT NULL DEFAULT 0 CHECK (recalls BETWEEN 0 AND 10),
  transfers            smallint NOT NULL DEFAULT 0 CHECK (transfers BETWEEN 0 AND 1),
  -- Served on the ground floor (seed 7.1: a clerk comes down to a resident who cannot climb stairs).
  ground_floor         boolean NOT NULL DEFAULT false,
  issued_by_device_id  integer REFERENCES device (id),
  issued_by_staff_id   integer REFERENCES staff (id),
  UNIQUE (office_id, letter, office_day, number),
  FOREIGN KEY (office_id, priority_reason) REFERENCES priority_reason (office_id, code),
  CHECK ((status = 'done') = (outcome IS NOT NULL)),
  CHECK ((status IN ('called', 'serving')) <= (desk_id IS NOT NULL)),
  CHECK (assigned_desk_id IS NULL OR status = 'waiting'),
  CHECK (issued_by_device_id IS NULL OR issued_by_staff_id IS NULL)
);
CREATE INDEX ticket_waiting ON ticket (office_id, service_id, arrived_at) WHERE status = 'waiting';
CREATE INDEX ticket_at_desk ON ticket (desk_id) WHERE status IN ('called', 'serving');
CREATE INDEX ticket_finished ON ticket (service_id, ended_at DESC) WHERE status = 'done';

-- A clerk at a desk for a day: open, paused, closed. One live session per desk and per clerk.
CREATE TABLE desk_session (
  id                    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id             integer NOT NULL REFERENCES office (id),
  desk_id               integer NOT NULL REFERENCES desk (id),
  staff_id              integer NOT NULL REFERENCES staff (id),
  office_day            date NOT NULL,
  status                text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused', 'closed')),
  opened_at             timestamptz NOT NULL,
  paused_at             timestamptz,
  closed_at             timestamptz,
  -- Priority or booked calls in a row while regular tickets waited (the anti-starvation rule's count).
  out_of_turn_in_a_row  smallint NOT NULL DEFAULT 0 CHECK (out_of_turn_in_a_row >= 0),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK ((status = 'paused') = (paused_at IS NOT NULL))
);
CREATE UNIQUE INDEX desk_session_live_desk ON desk_session (desk_id) WHERE status <> 'closed';
CREATE UNIQUE INDEX desk_session_live_staff ON desk_session (staff_id) WHERE status <> 'closed';

-- What happened in the queue, for live updates (pg_notify carries the id) and replay after a reconnect.
-- The payload holds ticket numbers, desk numbers and service ids: never a person's data, never a public code.
CREATE TABLE queue_event (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id  integer NOT NULL REFERENCES office (id),
  at         timestamptz NOT NULL,
  kind       text NOT NULL CHECK (kind ~ '^[a-z_]+\.[a-z_]+$'),
  ticket_id  integer REFERENCES ticket (id),
  desk_id    integer REFERENCES desk (id),
  payload    jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX queue_event_office ON queue_event (office_id, id);
CREATE INDEX queue_event_ticket ON queue_event (ticket_id, id);
