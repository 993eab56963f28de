-- The Information Point's matter directory ("Gdzie załatwię sprawę?"), phone directory, transfers and notes
-- (issue 14, parts 1, 2 and 5). Both extensions are trusted: the database's owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- What a search compares: lower case, no diacritics (unaccent), Cyrillic written in Latin letters one for one.
-- The transliteration is for matching only (both sides pass through it): with the C locale pg_trgm counts only
-- ASCII letters and digits as parts of words, and lower() changes only ASCII letters.
CREATE FUNCTION directory_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(
    lower(public.unaccent('public.unaccent'::regdictionary, $1)),
    'абвгґдеєжзиіїйклмнопрстуфхцчшщюяыэёАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯЫЭЁьъЬЪʼ''’',
    'abvhgdeezzyiijklmnoprstufhccssuayeeabvhgdeezzyiijklmnoprstufhccssuayee'
  );

-- Keywords and synonyms per service and language, one or more a line, kept by administrators on the service form.
ALTER TABLE service
  ADD COLUMN keywords_pl text NOT NULL DEFAULT '' CHECK (length(keywords_pl) <= 2000),
  ADD COLUMN keywords_en text NOT NULL DEFAULT '' CHECK (length(keywords_en) <= 2000),
  ADD COLUMN keywords_uk text NOT NULL DEFAULT '' CHECK (length(keywords_uk) <= 2000);
ALTER TABLE service
  ADD COLUMN search_text text GENERATED ALWAYS AS (
    directory_fold(name_pl || ' ' || name_en || ' ' || name_uk || ' ' || keywords_pl || ' ' || keywords_en || ' ' || keywords_uk)
  ) STORED;
CREATE INDEX service_search_text ON service USING gin (search_text gin_trgm_ops);

-- The phone directory: where a member of staff sits and their extension.
ALTER TABLE staff
  ADD COLUMN room_id integer REFERENCES room (id) ON DELETE SET NULL,
  ADD COLUMN phone_extension text NOT NULL DEFAULT '' CHECK (phone_extension ~ '^[0-9]{0,6}$');

-- The matters a member of staff handles; none listed means every service of their unit.
CREATE TABLE staff_service (
  staff_id    integer NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  service_id  integer NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  PRIMARY KEY (staff_id, service_id)
);

-- Who is away on which days, kept by the unit's head; one person's absences never overlap.
CREATE TABLE staff_absence (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id   integer NOT NULL REFERENCES office (id),
  staff_id    integer NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  starts_on   date NOT NULL,
  ends_on     date NOT NULL,
  created_by  integer REFERENCES staff (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_on <= ends_on),
  CHECK (ends_on - starts_on <= 366),
  CONSTRAINT staff_absence_no_overlap EXCLUDE USING gist (staff_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
);

-- A phone call transferred by the Information Point (seed 5.4): the matter and the unit, never the caller.
CREATE TABLE phone_transfer (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id   integer NOT NULL REFERENCES office (id),
  service_id  integer NOT NULL REFERENCES service (id),
  unit_id     integer NOT NULL REFERENCES unit (id),
  staff_id    integer REFERENCES staff (id) ON DELETE SET NULL,
  noted_by    integer REFERENCES staff (id) ON DELETE SET NULL,
  noted_at    timestamptz NOT NULL
);
CREATE INDEX phone_transfer_office_at ON phone_transfer (office_id, noted_at);

-- Notes from the units to the Information Point (basic standard 8), valid for a time, optionally shown to
-- residents at a matter in the directory.
CREATE TABLE information_point_note (
  id                  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id           integer NOT NULL REFERENCES office (id),
  unit_id             integer NOT NULL REFERENCES unit (id),
  service_id          integer REFERENCES service (id),
  text_pl             text NOT NULL CHECK (length(btrim(text_pl)) BETWEEN 1 AND 300),
  text_en             text NOT NULL DEFAULT '' CHECK (length(text_en) <= 300),
  text_uk             text NOT NULL DEFAULT '' CHECK (length(text_uk) <= 300),
  valid_from          timestamptz NOT NULL,
  valid_until         timestamptz NOT NULL,
  shown_to_residents  boolean NOT NULL DEFAULT false,
  author_id           integer REFERENCES staff (id) ON DELETE SET NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  withdrawn_at        timestamptz,
  CHECK (valid_until > valid_from),
  CHECK (NOT shown_to_residents OR service_id IS NOT NULL)
);
CREATE INDEX information_point_note_current ON information_point_note (office_id, valid_until) WHERE withdrawn_at IS NULL;
