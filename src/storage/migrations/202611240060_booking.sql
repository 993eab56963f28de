-- Online booking: the office's booking policy, what each service asks of a person, which desks take
-- bookings at which hours, the bookings themselves (no desk time ever booked twice: an exclusion
-- constraint), the mail outbox sent after commit, the anti-bot step's single-use records and the
-- secrets that sign manage links.

-- One row per office; an office without one uses these defaults.
CREATE TABLE booking_policy (
  office_id               integer PRIMARY KEY REFERENCES office (id),
  horizon_days            smallint NOT NULL DEFAULT 30 CHECK (horizon_days BETWEEN 1 AND 180),
  minimum_notice_minutes  integer NOT NULL DEFAULT 120 CHECK (minimum_notice_minutes BETWEEN 0 AND 10080),
  -- Whole percent of each desk's scheduled booking time kept for walk-ins.
  walk_in_percent         smallint NOT NULL DEFAULT 30 CHECK (walk_in_percent BETWEEN 0 AND 100),
  -- Bookings one e-mail address may make per office day (cancelled ones count: no cycling).
  email_daily_cap         smallint NOT NULL DEFAULT 3 CHECK (email_daily_cap BETWEEN 1 AND 50),
  -- A booking's personal data is anonymised this many days after the visit.
  retention_days          smallint NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 0 AND 3650),
  -- After the arrival window (queue_policy.booking_minutes_before/after): refuse, or a regular ticket.
  late_arrival            text NOT NULL DEFAULT 'join_queue_as_regular' CHECK (late_arrival IN ('refuse', 'join_queue_as_regular')),
  -- ALTCHA proof-of-work: the largest number the client may have to try (the cost of one booking).
  challenge_max_number    integer NOT NULL DEFAULT 100000 CHECK (challenge_max_number BETWEEN 1000 AND 10000000),
  -- Hours before the visit at which the reminder is sent (the day before, by default).
  reminder_hours_before   smallint NOT NULL DEFAULT 24 CHECK (reminder_hours_before BETWEEN 1 AND 168)
);

-- What a service's booking needs (data minimisation): a slot length, a daily cap, and which contact details.
ALTER TABLE service
  ADD COLUMN booking_minutes      smallint CHECK (booking_minutes IS NULL OR booking_minutes BETWEEN 5 AND 240),
  ADD COLUMN booking_daily_cap    integer CHECK (booking_daily_cap IS NULL OR booking_daily_cap BETWEEN 1 AND 9999),
  ADD COLUMN booking_needs_name   boolean NOT NULL DEFAULT true,
  ADD COLUMN booking_contact      text NOT NULL DEFAULT 'email_or_phone'
    CHECK (booking_contact IN ('email', 'phone', 'email_or_phone', 'email_and_phone'));

-- A desk takes bookings for a service on an ISO weekday (1 = Monday … 7 = Sunday) between two times.
CREATE TABLE booking_schedule (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id   integer NOT NULL REFERENCES office (id),
  desk_id     integer NOT NULL,
  service_id  integer NOT NULL,
  weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts_at   time NOT NULL,
  ends_at     time NOT NULL,
  CHECK (starts_at < ends_at),
  UNIQUE (desk_id, service_id, weekday, starts_at),
  -- Only a desk that serves the service may take its bookings.
  FOREIGN KEY (desk_id, service_id) REFERENCES desk_service (desk_id, service_id) ON DELETE CASCADE
);
CREATE INDEX booking_schedule_service ON booking_schedule (service_id);

CREATE TABLE booking (
  id                   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id            integer NOT NULL REFERENCES office (id),
  service_id           integer NOT NULL REFERENCES service (id),
  desk_id              integer NOT NULL REFERENCES desk (id),
  -- Shown as XXXX-XXXX; 31 symbols without 0/O, 1/I/L: ~8.5e11 codes.
  code                 text NOT NULL UNIQUE CHECK (code ~ '^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$'),
  starts_at            timestamptz NOT NULL,
  ends_at              timestamptz NOT NULL,
  office_day           date NOT NULL,
  status               text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
  source               text NOT NULL CHECK (source IN ('online', 'information_point')),
  locale               text NOT NULL DEFAULT 'pl' CHECK (locale IN ('pl', 'en', 'uk')),
  -- Personal data: only what the service asks for; set to NULL when anonymised.
  person_name          text CHECK (person_name IS NULL OR length(btrim(person_name)) BETWEEN 1 AND 200),
  email                text CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
  -- The lower-cased address that "one booking per person" compares.
  email_identity       text CHECK (email_identity IS NULL OR length(email_identity) BETWEEN 3 AND 254),
  phone                text CHECK (phone IS NULL OR phone ~ '^\+[0-9]{8,15}$'),
  created_at           timestamptz NOT NULL,
  created_by_staff_id  integer REFERENCES staff (id),
  -- Bumped by every move or cancellation: a manage link signed for an older version no longer works.
  version              integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  cancelled_at         timestamptz,
  checked_in_at        timestamptz,
  no_show_at           timestamptz,
  ticket_id            integer REFERENCES ticket (id),
  anonymised_at        timestamptz,
  CHECK (starts_at < ends_at),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK ((status = 'no_show') = (no_show_at IS NOT NULL)),
  CHECK ((status = 'checked_in') <= (checked_in_at IS NOT NULL)),
  CHECK (anonymised_at IS NULL OR (person_name IS NULL AND email IS NULL AND email_identity IS NULL AND phone IS NULL)),
  -- The heart of it: a desk's time is never booked twice, whatever the race.
  CONSTRAINT booking_desk_time_free EXCLUDE USING gist (desk_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status IN ('booked', 'checked_in'))
);
-- One booking still to come per person and service (the use case first marks lapsed ones as no-shows).
CREATE UNIQUE INDEX booking_one_per_email ON booking (service_id, email_identity) WHERE status = 'booked' AND email_identity IS NOT NULL;
CREATE UNIQUE INDEX booking_one_per_phone ON booking (service_id, phone) WHERE status = 'booked' AND phone IS NOT NULL;
CREATE INDEX booking_day ON booking (office_id, office_day, starts_at);
CREATE INDEX booking_service_day ON booking (service_id, office_day) WHERE status IN ('booked', 'checked_in');
CREATE INDEX booking_email_identity ON booking (email_identity, created_at) WHERE email_identity IS NOT NULL;
CREATE INDEX booking_phone ON booking (phone) WHERE phone IS NOT NULL;
CREATE INDEX booking_to_anonymise ON booking (starts_at) WHERE anonymised_at IS NULL;

ALTER TABLE ticket ADD COLUMN booking_id integer UNIQUE REFERENCES booking (id);

-- Mail to send after commit. A worker claims due rows (FOR UPDATE SKIP LOCKED), sends, and records the
-- outcome; failures retry with a growing delay until attempts run out. Recipient, subject and body are
-- written when the mail is sent (so a moved booking's reminder tells the new time) and are erased with
-- the booking's personal data.
CREATE TABLE mail_outbox (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id     integer NOT NULL REFERENCES office (id),
  booking_id    integer REFERENCES booking (id),
  kind          text NOT NULL CHECK (kind IN ('booking_confirmed', 'booking_reminder', 'booking_moved', 'booking_cancelled')),
  -- The booking's version the mail was queued for: a reminder of an older version is skipped.
  booking_version integer,
  created_at    timestamptz NOT NULL,
  send_after    timestamptz NOT NULL,
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
  attempts      smallint NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 100),
  last_error    text CHECK (last_error IS NULL OR length(last_error) <= 500),
  sent_at       timestamptz,
  message_id    text,
  recipient     text,
  subject       text,
  body_text     text,
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX mail_outbox_due ON mail_outbox (send_after) WHERE status = 'pending';
CREATE INDEX mail_outbox_booking ON mail_outbox (booking_id);

-- The anti-bot step. A text question waits here for its answer; an ALTCHA solution is recorded when
-- used. Either way the primary key makes each challenge single-use.
CREATE TABLE anti_bot_challenge (
  id          text PRIMARY KEY CHECK (length(id) BETWEEN 16 AND 128),
  kind        text NOT NULL CHECK (kind IN ('text', 'altcha')),
  -- The text question's operands, to ask it again in the person's language; NULL for ALTCHA.
  first       smallint,
  second      smallint,
  operation   text CHECK (operation IN ('plus', 'minus')),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  CHECK ((kind = 'text') = (first IS NOT NULL AND second IS NOT NULL AND operation IS NOT NULL))
);
CREATE INDEX anti_bot_challenge_expiry ON anti_bot_challenge (expires_at);

-- Keys for HMAC signatures (manage links, ALTCHA challenges), made on first use by the application.
CREATE TABLE app_secret (
  name        text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{1,39}$'),
  secret      bytea NOT NULL CHECK (length(secret) >= 32),
  created_at  timestamptz NOT NULL
);
