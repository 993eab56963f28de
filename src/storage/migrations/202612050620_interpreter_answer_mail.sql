-- The Information Point's answer to a request for an interpreter in person (confirmed, or another date or form
-- proposed with the reason) goes to the person by e-mail when they gave one: the outbox carries that mail too.
ALTER TABLE mail_outbox
  ADD COLUMN interpreter_request_id integer REFERENCES interpreter_request (id),
  DROP CONSTRAINT mail_outbox_kind_check,
  ADD CONSTRAINT mail_outbox_kind_check CHECK (kind IN ('booking_confirmed', 'booking_reminder', 'booking_moved',
    'booking_cancelled', 'report_confirm', 'report_status', 'booking_feedback', 'interpreter_answer')),
  ADD CONSTRAINT mail_outbox_interpreter_request_check CHECK ((kind = 'interpreter_answer') = (interpreter_request_id IS NOT NULL));
CREATE INDEX mail_outbox_interpreter_request ON mail_outbox (interpreter_request_id) WHERE interpreter_request_id IS NOT NULL;
