-- A kiosk's ticket must reach the person who asked for it. The kiosk sends a key with each request: a retry
-- with the same key (the answer was lost) gets the same ticket instead of a second one. A ticket issued on the
-- kiosk's screens waits for its handout (its page shown or its ticket printed); one that never reaches anybody
-- is cancelled, so no desk calls a number nobody holds.
ALTER TABLE ticket
  ADD COLUMN issue_key text CHECK (issue_key ~ '^[A-Za-z0-9_-]{16,64}$'),
  ADD COLUMN awaiting_handout boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT ticket_issue_key_of_device CHECK (issue_key IS NULL OR issued_by_device_id IS NOT NULL);
CREATE UNIQUE INDEX ticket_issue_key ON ticket (issued_by_device_id, issue_key) WHERE issue_key IS NOT NULL;
CREATE INDEX ticket_awaiting_handout ON ticket (office_id, issued_at) WHERE awaiting_handout;
