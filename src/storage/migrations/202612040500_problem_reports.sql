-- Problem reports: the public form "Zgłoś problem", the Contact Centre's work on what arrives, and the
-- Open311 GeoReport v2 API. Statuses follow FixMyStreet's.

-- The categories the Contact Centre keeps: a place in the city (road, lighting, green, rubbish, …) or the
-- office's own website or service. `code` is the Open311 service_code.
CREATE TABLE report_category (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id   integer NOT NULL REFERENCES office (id),
  code        text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_-]{1,39}$'),
  kind        text NOT NULL CHECK (kind IN ('place', 'office')),
  name_pl     text NOT NULL CHECK (length(name_pl) BETWEEN 1 AND 120),
  name_en     text NOT NULL DEFAULT '' CHECK (length(name_en) <= 120),
  name_uk     text NOT NULL DEFAULT '' CHECK (length(name_uk) <= 120),
  -- The unit a new report of this category goes to first; the Contact Centre may assign another.
  unit_id     integer REFERENCES unit (id),
  position    smallint NOT NULL DEFAULT 0,
  active      boolean NOT NULL DEFAULT true,
  UNIQUE (office_id, code),
  UNIQUE (id, office_id)
);

-- Keys of Open311 clients, issued and revoked by administrators; only a SHA-256 digest of the key is kept.
CREATE TABLE open311_api_key (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id   integer NOT NULL REFERENCES office (id),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  key_hash    bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
  created_at  timestamptz NOT NULL,
  created_by  integer REFERENCES staff (id),
  revoked_at  timestamptz
);

CREATE TABLE problem_report (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id       integer NOT NULL REFERENCES office (id),
  -- The public code (Open311 service_request_id), in the booking codes' alphabet: 'Z7QX-3M9P'.
  code            text NOT NULL UNIQUE CHECK (code ~ '^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$'),
  category_id     integer NOT NULL,
  description     text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  address         text CHECK (address IS NULL OR length(address) BETWEEN 1 AND 300),
  lat             double precision CHECK (lat BETWEEN -90 AND 90),
  long            double precision CHECK (long BETWEEN -180 AND 180),
  page_link       text CHECK (page_link IS NULL OR length(page_link) <= 2000),
  -- The reporter's contact data: personal data, read by staff only with an audit row, removed by retention.
  email           text CHECK (email IS NULL OR length(email) <= 200),
  first_name      text CHECK (first_name IS NULL OR length(first_name) <= 100),
  last_name       text CHECK (last_name IS NULL OR length(last_name) <= 100),
  phone           text CHECK (phone IS NULL OR length(phone) <= 40),
  locale          text NOT NULL DEFAULT 'pl' CHECK (locale IN ('pl', 'en', 'uk')),
  source          text NOT NULL CHECK (source IN ('form', 'open311')),
  api_key_id      integer REFERENCES open311_api_key (id),
  -- Open311 `token` of a report filed through the API.
  api_token       text UNIQUE CHECK (api_token IS NULL OR api_token ~ '^[A-Za-z0-9_-]{16,64}$'),
  status          text NOT NULL CHECK (status IN ('unconfirmed', 'open', 'investigating', 'in_progress',
                    'action_scheduled', 'fixed', 'closed')),
  close_reason    text CHECK (close_reason IN ('not_responsible', 'duplicate', 'no_further_action')),
  refer_to        text CHECK (refer_to IS NULL OR length(refer_to) BETWEEN 1 AND 500),
  duplicate_of    integer REFERENCES problem_report (id),
  unit_id         integer REFERENCES unit (id),
  hidden_at       timestamptz,
  created_at      timestamptz NOT NULL,
  confirmed_at    timestamptz,
  updated_at      timestamptz NOT NULL,
  first_response_at timestamptz,
  closed_at       timestamptz,
  anonymised_at   timestamptz,
  version         integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  FOREIGN KEY (category_id, office_id) REFERENCES report_category (id, office_id),
  CHECK ((lat IS NULL) = (long IS NULL)),
  CHECK (address IS NOT NULL OR lat IS NOT NULL),
  CHECK ((status = 'unconfirmed') = (confirmed_at IS NULL)),
  CHECK ((status = 'closed') = (close_reason IS NOT NULL)),
  CHECK ((close_reason = 'duplicate') = (duplicate_of IS NOT NULL)),
  CHECK ((close_reason = 'not_responsible') = (refer_to IS NOT NULL)),
  CHECK (duplicate_of IS NULL OR duplicate_of <> id),
  CHECK ((source = 'open311') = (api_key_id IS NOT NULL))
);
-- The public list (Open311 GET requests, newest first) and the inbox.
CREATE INDEX problem_report_public ON problem_report (office_id, created_at DESC, id DESC)
  WHERE status <> 'unconfirmed' AND hidden_at IS NULL;
CREATE INDEX problem_report_inbox ON problem_report (office_id, status, created_at DESC);
CREATE INDEX problem_report_retention ON problem_report (created_at) WHERE anonymised_at IS NULL;
CREATE INDEX problem_report_duplicate ON problem_report (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- What happened to a report: a status change, a public reply, an internal note, an assignment.
CREATE TABLE report_update (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id   integer NOT NULL REFERENCES problem_report (id),
  kind        text NOT NULL CHECK (kind IN ('status', 'reply', 'note', 'assign')),
  status      text,
  close_reason text,
  unit_id     integer REFERENCES unit (id),
  body        text CHECK (body IS NULL OR length(body) BETWEEN 1 AND 4000),
  public      boolean NOT NULL,
  staff_id    integer REFERENCES staff (id),
  created_at  timestamptz NOT NULL,
  hidden_at   timestamptz,
  CHECK (kind <> 'note' OR NOT public),
  CHECK (kind NOT IN ('reply', 'note') OR body IS NOT NULL)
);
CREATE INDEX report_update_report ON report_update (report_id, created_at);

-- A report's photo, re-encoded on arrival (EXIF and GPS gone), kept in the database so backups cover it.
CREATE TABLE report_photo (
  report_id     integer PRIMARY KEY REFERENCES problem_report (id),
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg')),
  bytes         bytea NOT NULL CHECK (length(bytes) BETWEEN 1 AND 5242880),
  created_at    timestamptz NOT NULL,
  hidden_at     timestamptz
);

-- The outbox also carries a report's mails: the confirmation link and each status change.
ALTER TABLE mail_outbox
  ADD COLUMN report_id integer REFERENCES problem_report (id),
  ALTER COLUMN booking_id DROP NOT NULL,
  DROP CONSTRAINT mail_outbox_kind_check,
  ADD CONSTRAINT mail_outbox_kind_check CHECK (kind IN ('booking_confirmed', 'booking_reminder', 'booking_moved',
    'booking_cancelled', 'report_confirm', 'report_status')),
  ADD CHECK ((kind LIKE 'report%') = (report_id IS NOT NULL)),
  ADD CHECK ((kind LIKE 'booking%') = (booking_id IS NOT NULL));
CREATE INDEX mail_outbox_report ON mail_outbox (report_id) WHERE report_id IS NOT NULL;
