-- How many tickets wait in each service, regular and priority, kept by the database itself.
--
-- A new ticket's "people ahead" and a service's waiting count used to be counted ticket by ticket, so the
-- kiosk's answer grew slower with every person in the queue. These counts are changed by statement-level
-- triggers on `ticket` in the same transaction as the ticket's own change (issue, call, return, transfer,
-- finish, no-show, cancel, delete), so they are exactly as true as the tickets. A statement that touches
-- several services changes their rows in service order, so two such statements never deadlock.

CREATE TABLE service_waiting (
  service_id  integer PRIMARY KEY REFERENCES service (id) ON DELETE CASCADE,
  regular     integer NOT NULL DEFAULT 0,
  priority    integer NOT NULL DEFAULT 0
);

INSERT INTO service_waiting (service_id, regular, priority)
SELECT s.id,
       count(t.id) FILTER (WHERE t.priority_reason IS NULL),
       count(t.id) FILTER (WHERE t.priority_reason IS NOT NULL)
FROM service s LEFT JOIN ticket t ON t.service_id = s.id AND t.status = 'waiting'
GROUP BY s.id;

-- One function for the three statement triggers: each branch reads only the transition tables its trigger has.
-- The update branch adds +1 for every row waiting after the statement and −1 for every row waiting before it.
CREATE FUNCTION ticket_waiting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO service_waiting AS w (service_id, regular, priority)
    SELECT service_id, count(*) FILTER (WHERE priority_reason IS NULL), count(*) FILTER (WHERE priority_reason IS NOT NULL)
    FROM new_rows WHERE status = 'waiting'
    GROUP BY service_id ORDER BY service_id
    ON CONFLICT (service_id) DO UPDATE SET regular = w.regular + EXCLUDED.regular, priority = w.priority + EXCLUDED.priority;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO service_waiting AS w (service_id, regular, priority)
    SELECT service_id, sum(sign * (priority_reason IS NULL)::int), sum(sign * (priority_reason IS NOT NULL)::int)
    FROM (SELECT service_id, priority_reason, 1 AS sign FROM new_rows WHERE status = 'waiting'
          UNION ALL
          SELECT service_id, priority_reason, -1 FROM old_rows WHERE status = 'waiting') changed
    GROUP BY service_id
    HAVING sum(sign * (priority_reason IS NULL)::int) <> 0 OR sum(sign * (priority_reason IS NOT NULL)::int) <> 0
    ORDER BY service_id
    ON CONFLICT (service_id) DO UPDATE SET regular = w.regular + EXCLUDED.regular, priority = w.priority + EXCLUDED.priority;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO service_waiting AS w (service_id, regular, priority)
    SELECT service_id, -count(*) FILTER (WHERE priority_reason IS NULL), -count(*) FILTER (WHERE priority_reason IS NOT NULL)
    FROM old_rows WHERE status = 'waiting'
    GROUP BY service_id ORDER BY service_id
    ON CONFLICT (service_id) DO UPDATE SET regular = w.regular + EXCLUDED.regular, priority = w.priority + EXCLUDED.priority;
  ELSE
    UPDATE service_waiting SET regular = 0, priority = 0 WHERE regular <> 0 OR priority <> 0;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER ticket_waiting_inserted AFTER INSERT ON ticket REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_waiting_changed();
CREATE TRIGGER ticket_waiting_updated AFTER UPDATE ON ticket REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_waiting_changed();
CREATE TRIGGER ticket_waiting_deleted AFTER DELETE ON ticket REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_waiting_changed();
CREATE TRIGGER ticket_waiting_truncated AFTER TRUNCATE ON ticket
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_waiting_changed();
