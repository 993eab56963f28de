-- The office, its staff and devices, sessions and the audit log.
-- Invariants live here as constraints; the application relies on them, not on checks of its own.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE office (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  short_name    text NOT NULL CHECK (length(btrim(short_name)) BETWEEN 1 AND 80),
  street        text NOT NULL DEFAULT '' CHECK (length(street) <= 200),
  postal_code   text NOT NULL DEFAULT '' CHECK (postal_code = '' OR postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
  city          text NOT NULL DEFAULT '' CHECK (length(city) <= 100),
  phone         text NOT NULL DEFAULT '' CHECK (length(phone) <= 50),
  email         text NOT NULL DEFAULT '' CHECK (length(email) <= 200),
  website       text NOT NULL DEFAULT '' CHECK (length(website) <= 300),
  time_zone     text NOT NULL DEFAULT 'Europe/Warsaw',
  is_demo       boolean NOT NULL DEFAULT false,
  -- Deklaracja dostępności (the accessibility statement the law requires of public bodies).
  a11y_status          text NOT NULL DEFAULT 'partial' CHECK (a11y_status IN ('full', 'partial', 'none')),
  a11y_published_on    date,
  a11y_updated_on      date,
  a11y_prepared_on     date,
  a11y_reviewed_on     date,
  a11y_contact_name    text NOT NULL DEFAULT '' CHECK (length(a11y_contact_name) <= 200),
  a11y_contact_email   text NOT NULL DEFAULT '' CHECK (length(a11y_contact_email) <= 200),
  a11y_contact_phone   text NOT NULL DEFAULT '' CHECK (length(a11y_contact_phone) <= 50),
  a11y_exceptions      text NOT NULL DEFAULT '' CHECK (length(a11y_exceptions) <= 4000),
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE building (
  id                       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id                integer NOT NULL REFERENCES office (id),
  name                     text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  street                   text NOT NULL CHECK (length(btrim(street)) BETWEEN 1 AND 200),
  postal_code              text NOT NULL CHECK (postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
  city                     text NOT NULL CHECK (length(btrim(city)) BETWEEN 1 AND 100),
  floors                   smallint NOT NULL DEFAULT 1 CHECK (floors BETWEEN 1 AND 50),
  ground_floor_accessible  boolean NOT NULL DEFAULT false,
  has_lift                 boolean NOT NULL DEFAULT false,
  accessibility_notes      text NOT NULL DEFAULT '' CHECK (length(accessibility_notes) <= 4000),
  UNIQUE (office_id, name),
  UNIQUE (id, office_id)
);

CREATE TABLE room (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  building_id  integer NOT NULL REFERENCES building (id) ON DELETE CASCADE,
  floor        smallint NOT NULL CHECK (floor BETWEEN -5 AND 50),
  number       text NOT NULL CHECK (length(btrim(number)) BETWEEN 1 AND 20),
  name         text NOT NULL DEFAULT '' CHECK (length(name) <= 120),
  UNIQUE (building_id, number),
  UNIQUE (id, building_id)
);

CREATE TABLE unit (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id    integer NOT NULL REFERENCES office (id),
  code         text NOT NULL CHECK (code ~ '^[A-ZĄĆĘŁŃÓŚŹŻ0-9.-]{1,12}$'),
  name_pl      text NOT NULL CHECK (length(btrim(name_pl)) BETWEEN 1 AND 200),
  name_en      text NOT NULL DEFAULT '' CHECK (length(name_en) <= 200),
  name_uk      text NOT NULL DEFAULT '' CHECK (length(name_uk) <= 200),
  building_id  integer,
  room_id      integer,
  phone        text NOT NULL DEFAULT '' CHECK (length(phone) <= 50),
  email        text NOT NULL DEFAULT '' CHECK (length(email) <= 200),
  UNIQUE (office_id, code),
  UNIQUE (office_id, name_pl),
  FOREIGN KEY (building_id, office_id) REFERENCES building (id, office_id),
  FOREIGN KEY (room_id, building_id) REFERENCES room (id, building_id)
);

CREATE TABLE service (
  id                     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id              integer NOT NULL REFERENCES office (id),
  unit_id                integer NOT NULL REFERENCES unit (id),
  ticket_letter          text NOT NULL CHECK (ticket_letter ~ '^[A-Z]$'),
  name_pl                text NOT NULL CHECK (length(btrim(name_pl)) BETWEEN 1 AND 200),
  name_en                text NOT NULL DEFAULT '' CHECK (length(name_en) <= 200),
  name_uk                text NOT NULL DEFAULT '' CHECK (length(name_uk) <= 200),
  description_pl         text NOT NULL DEFAULT '' CHECK (length(description_pl) <= 2000),
  description_en         text NOT NULL DEFAULT '' CHECK (length(description_en) <= 2000),
  description_uk         text NOT NULL DEFAULT '' CHECK (length(description_uk) <= 2000),
  -- One required document per line.
  documents_pl           text NOT NULL DEFAULT '' CHECK (length(documents_pl) <= 4000),
  documents_en           text NOT NULL DEFAULT '' CHECK (length(documents_en) <= 4000),
  documents_uk           text NOT NULL DEFAULT '' CHECK (length(documents_uk) <= 4000),
  -- Fees: one per line; where to pay them: free text.
  fees_pl                text NOT NULL DEFAULT '' CHECK (length(fees_pl) <= 2000),
  fees_en                text NOT NULL DEFAULT '' CHECK (length(fees_en) <= 2000),
  fees_uk                text NOT NULL DEFAULT '' CHECK (length(fees_uk) <= 2000),
  payment_pl             text NOT NULL DEFAULT '' CHECK (length(payment_pl) <= 2000),
  payment_en             text NOT NULL DEFAULT '' CHECK (length(payment_en) <= 2000),
  payment_uk             text NOT NULL DEFAULT '' CHECK (length(payment_uk) <= 2000),
  typical_minutes        smallint NOT NULL DEFAULT 15 CHECK (typical_minutes BETWEEN 1 AND 480),
  bookable_online        boolean NOT NULL DEFAULT false,
  ground_floor_possible  boolean NOT NULL DEFAULT false,
  active                 boolean NOT NULL DEFAULT true,
  UNIQUE (office_id, ticket_letter),
  UNIQUE (office_id, name_pl)
);

CREATE TABLE desk (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id    integer NOT NULL REFERENCES office (id),
  building_id  integer NOT NULL,
  room_id      integer,
  floor        smallint NOT NULL CHECK (floor BETWEEN -5 AND 50),
  number       text NOT NULL CHECK (number ~ '^[0-9A-Za-z]{1,6}$'),
  name         text NOT NULL DEFAULT '' CHECK (length(name) <= 120),
  active       boolean NOT NULL DEFAULT true,
  UNIQUE (office_id, number),
  FOREIGN KEY (building_id, office_id) REFERENCES building (id, office_id),
  FOREIGN KEY (room_id, building_id) REFERENCES room (id, building_id)
);

CREATE TABLE desk_service (
  desk_id     integer NOT NULL REFERENCES desk (id) ON DELETE CASCADE,
  service_id  integer NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  PRIMARY KEY (desk_id, service_id)
);

-- Opening hours: one interval per weekday (ISO 1 = Monday … 7 = Sunday) for a building or a unit.
CREATE TABLE opening_hours (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id    integer NOT NULL REFERENCES office (id),
  building_id  integer REFERENCES building (id) ON DELETE CASCADE,
  unit_id      integer REFERENCES unit (id) ON DELETE CASCADE,
  weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens        time NOT NULL,
  closes       time NOT NULL,
  CHECK (opens < closes),
  CHECK ((building_id IS NULL) <> (unit_id IS NULL))
);
CREATE UNIQUE INDEX opening_hours_building_day ON opening_hours (building_id, weekday) WHERE building_id IS NOT NULL;
CREATE UNIQUE INDEX opening_hours_unit_day ON opening_hours (unit_id, weekday) WHERE unit_id IS NOT NULL;

-- Local exceptions to the hours and to the public holidays: closed days or shorter hours (e.g. Wigilia).
-- building_id NULL means the whole office. Exceptions of one scope never overlap.
CREATE TABLE calendar_exception (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id    integer NOT NULL REFERENCES office (id),
  building_id  integer REFERENCES building (id) ON DELETE CASCADE,
  starts_on    date NOT NULL,
  ends_on      date NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('closed', 'short_hours')),
  opens        time,
  closes       time,
  reason_pl    text NOT NULL CHECK (length(btrim(reason_pl)) BETWEEN 1 AND 200),
  reason_en    text NOT NULL DEFAULT '' CHECK (length(reason_en) <= 200),
  reason_uk    text NOT NULL DEFAULT '' CHECK (length(reason_uk) <= 200),
  CHECK (starts_on <= ends_on),
  CHECK ((kind = 'closed' AND opens IS NULL AND closes IS NULL) OR (kind = 'short_hours' AND opens IS NOT NULL AND closes IS NOT NULL AND opens < closes)),
  EXCLUDE USING gist (office_id WITH =, (coalesce(building_id, 0)) WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
);

-- Staff: a login, a name, a unit, roles.
CREATE TABLE staff (
  id                   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id            integer NOT NULL REFERENCES office (id),
  login                text NOT NULL CHECK (login ~ '^[a-z0-9._-]{3,40}$'),
  full_name            text NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 120),
  unit_id              integer REFERENCES unit (id),
  position             text NOT NULL DEFAULT '' CHECK (length(position) <= 120),
  badge_number         text NOT NULL DEFAULT '' CHECK (length(badge_number) <= 20),
  email                text NOT NULL DEFAULT '' CHECK (length(email) <= 200),
  password_hash        text NOT NULL,
  active               boolean NOT NULL DEFAULT true,
  failed_logins        integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  password_changed_at  timestamptz NOT NULL DEFAULT now(),
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_login ON staff (lower(login));

CREATE TABLE staff_role (
  staff_id  integer NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  role      text NOT NULL CHECK (role IN ('admin', 'clerk', 'information_point', 'unit_head', 'city_secretary', 'register_keeper', 'contact_centre')),
  PRIMARY KEY (staff_id, role)
);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE staff_session (
  token_hash    bytea PRIMARY KEY,
  staff_id      integer NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX staff_session_staff ON staff_session (staff_id);

-- Kiosks, boards and ticket printers: each with its own token (stored hashed), revocable.
CREATE TABLE device (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id        integer NOT NULL REFERENCES office (id),
  kind             text NOT NULL CHECK (kind IN ('kiosk', 'board', 'printer')),
  name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  building_id      integer,
  token_hash       bytea NOT NULL UNIQUE,
  settings         jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at       timestamptz,
  last_seen_at     timestamptz,
  health           text NOT NULL DEFAULT 'unknown' CHECK (health IN ('unknown', 'ok', 'warning', 'failed')),
  health_details   jsonb NOT NULL DEFAULT '{}'::jsonb,
  last_failure     text,
  last_failure_at  timestamptz,
  UNIQUE (office_id, name),
  FOREIGN KEY (building_id, office_id) REFERENCES building (id, office_id)
);

-- Append-only audit log. Each row carries the hash of the row before it, so a changed or removed row breaks the chain.
CREATE TABLE audit_log (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at            timestamptz NOT NULL,
  actor_kind    text NOT NULL CHECK (actor_kind IN ('staff', 'device', 'system', 'public')),
  actor_id      integer,
  actor_label   text NOT NULL DEFAULT '',
  role          text NOT NULL DEFAULT '',
  action        text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_.]+$'),
  subject_type  text NOT NULL DEFAULT '',
  subject_id    text NOT NULL DEFAULT '',
  details       jsonb NOT NULL DEFAULT '{}'::jsonb,
  address       text NOT NULL DEFAULT '',
  prev_hash     bytea NOT NULL,
  hash          bytea NOT NULL UNIQUE
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
