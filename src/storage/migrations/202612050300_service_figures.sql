-- Service figures (issue 18, part 2): the waiting-time target an administrator sets per service, and the index
-- the figures' reads of a period go through (tickets of an office by office day).

-- Minutes a resident should wait at most for this service; NULL: no target, the "% above target" shows "—".
ALTER TABLE service
  ADD COLUMN wait_target_minutes smallint CHECK (wait_target_minutes IS NULL OR wait_target_minutes BETWEEN 1 AND 480);

CREATE INDEX ticket_office_day ON ticket (office_id, office_day);
