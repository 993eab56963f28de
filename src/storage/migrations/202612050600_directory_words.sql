-- The directory's words (issue 14): every distinct folded word of the services' names and keywords once, with
-- a trigram index, and which services use it. A search then compares each query word with short words instead
-- of every service's whole search text, so its cost follows the number of distinct words, not of services.
CREATE TABLE directory_word (
  word  text PRIMARY KEY CHECK (word <> '')
);
CREATE INDEX directory_word_trgm ON directory_word USING gin (word gin_trgm_ops);

CREATE TABLE service_word (
  service_id  integer NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  word        text NOT NULL REFERENCES directory_word (word),
  PRIMARY KEY (service_id, word)
);
CREATE INDEX service_word_word ON service_word (word);

-- A service's words follow its search text: rewritten when the text changes, in the same transaction.
CREATE FUNCTION service_words_refresh() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.search_text IS NOT DISTINCT FROM NEW.search_text THEN
    RETURN NULL;
  END IF;
  DELETE FROM service_word WHERE service_id = NEW.id;
  INSERT INTO directory_word (word)
    SELECT DISTINCT w FROM regexp_split_to_table(NEW.search_text, '[^a-z0-9]+') AS w WHERE w <> ''
    ON CONFLICT DO NOTHING;
  INSERT INTO service_word (service_id, word)
    SELECT DISTINCT NEW.id, w FROM regexp_split_to_table(NEW.search_text, '[^a-z0-9]+') AS w WHERE w <> '';
  RETURN NULL;
END $$;

CREATE TRIGGER service_words AFTER INSERT OR UPDATE ON service
  FOR EACH ROW EXECUTE FUNCTION service_words_refresh();

INSERT INTO directory_word (word)
  SELECT DISTINCT w FROM service, regexp_split_to_table(search_text, '[^a-z0-9]+') AS w WHERE w <> ''
  ON CONFLICT DO NOTHING;
INSERT INTO service_word (service_id, word)
  SELECT DISTINCT id, w FROM service, regexp_split_to_table(search_text, '[^a-z0-9]+') AS w WHERE w <> '';

-- The names folded once when written, for the search's tie-break (nearest to the whole query), so a search does not
-- fold every candidate's names again.
ALTER TABLE service
  ADD COLUMN directory_names text GENERATED ALWAYS AS (directory_fold(name_pl || ' ' || name_en || ' ' || name_uk)) STORED;
