-- Home visits (seed 7.3 c): the resident who gave an e-mail address is told the visit's date by e-mail too, and
-- told when it is moved or cancelled. The request keeps the language the resident asked to be written to in.
ALTER TABLE home_visit_request
  ADD COLUMN locale text NOT NULL DEFAULT 'pl' CHECK (locale IN ('pl', 'en', 'uk'));

-- The mail speaks of one visit: its date while it is scheduled, its cancellation once cancelled. A visit moved
-- before its mail went is superseded by the new visit's mail. The foreign key keeps the outbox honest, as the
-- other modules' columns do.
ALTER TABLE mail_outbox
  ADD COLUMN home_visit_id integer REFERENCES home_visit (id),
  DROP CONSTRAINT mail_outbox_kind_check,
  ADD CONSTRAINT mail_outbox_kind_check CHECK (kind IN ('booking_confirmed', 'booking_reminder', 'booking_moved',
    'booking_cancelled', 'report_confirm', 'report_status', 'booking_feedback', 'interpreter_answer',
    'home_visit_notice')),
  ADD CONSTRAINT mail_outbox_home_visit_check CHECK ((kind = 'home_visit_notice') = (home_visit_id IS NOT NULL));
CREATE INDEX mail_outbox_home_visit ON mail_outbox (home_visit_id) WHERE home_visit_id IS NOT NULL;
