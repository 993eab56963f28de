import { sql } from 'kysely';
import { OFFICE_TIME_ZONE } from '../../domain/organisation/index.ts';
import type { Db, Tx } from '../../storage/database.ts';

/** How much past queue to make up: working days from–to, tickets and booked visits per working day. */
export interface QueueHistory {
  officeId: number;
  from: string;
  to: string;
  ticketsPerDay: number;
  bookingsPerDay: number;
}

/**
 * Fills past working days with finished tickets and booked visits, all in SQL (generate_series), so the service
 * figures have something to show: the demo's few weeks at the first start, a busy office's year in the benchmark.
 * Arrivals peak before noon; waits follow an exponential around the service's typical minutes; about 5% no-shows,
 * 3% withdrawn, 3% transferred, 6% out of turn; bookings are 10% no-shows and 8% cancelled, the rest checked in
 * with a ticket of their own. Numbers and codes that happen to be taken are skipped (ON CONFLICT DO NOTHING).
 * No personal data: booked visits carry no name or contact and are marked anonymised.
 * @example await addQueueHistory(db, { officeId, from: '2026-11-01', to: '2026-11-30', ticketsPerDay: 120, bookingsPerDay: 10 });
 */
export async function addQueueHistory(db: Db | Tx, history: QueueHistory): Promise<void> {
  const { officeId, from, to, ticketsPerDay, bookingsPerDay } = history;
  const zone = sql.lit(OFFICE_TIME_ZONE);
  const code = (seed: string) => sql.raw(`upper(translate(md5(random()::text || ${seed}), '01', 'xy'))`);
  await sql`
    WITH svc AS (
      SELECT s.id, s.ticket_letter AS letter, s.typical_minutes AS typical,
             array_agg(ds.desk_id ORDER BY ds.desk_id) AS desks,
             row_number() OVER (ORDER BY s.id) AS rn, count(*) OVER () AS n
      FROM service s JOIN desk_service ds ON ds.service_id = s.id
      WHERE s.office_id = ${officeId} AND s.active
      GROUP BY s.id
    ),
    reason AS (SELECT code FROM priority_reason WHERE office_id = ${officeId} AND active ORDER BY position, code LIMIT 1),
    raw AS (
      SELECT d::date AS day, g,
             random() AS r_service, random() AS r_time1, random() AS r_time2, random() AS r_wait, random() AS r_serve,
             random() AS r_status, random() AS r_transfer, random() AS r_priority, random() AS r_desk
      FROM generate_series(${from}::date, ${to}::date, interval '1 day') d, generate_series(1, ${ticketsPerDay}) g
      WHERE extract(isodow FROM d) < 6
    ),
    v AS (
      SELECT raw.*, svc.id AS service_id, svc.letter, svc.desks[1 + floor(raw.r_desk * array_length(svc.desks, 1))::int] AS desk_id,
             ((raw.day + time '08:00' + make_interval(secs => 27000 * (raw.r_time1 + raw.r_time2) / 2)) AT TIME ZONE ${zone}) AS arrived,
             make_interval(secs => 60 * least(180, 0.5 - ln(1 - raw.r_wait) * svc.typical * 0.8)) AS wait,
             make_interval(secs => 60 * svc.typical * (0.5 + raw.r_serve)) AS serve,
             CASE WHEN raw.r_status < 0.05 THEN 'no_show' WHEN raw.r_status < 0.08 THEN 'cancelled' ELSE 'done' END AS status
      FROM raw JOIN svc ON svc.rn = least(svc.n, 1 + floor(power(raw.r_service, 1.4) * svc.n)::int)
    )
    INSERT INTO ticket (office_id, service_id, letter, office_day, number, public_code, priority_reason, source, issued_at, arrived_at,
                        status, desk_id, called_at, started_at, ended_at, outcome, recalls, transfers)
    SELECT ${officeId}, service_id, letter, day, row_number() OVER (PARTITION BY day, letter ORDER BY arrived, g),
           substr(${code('g || day')}, 1, 12),
           CASE WHEN r_priority < 0.06 THEN (SELECT code FROM reason) END, 'kiosk', arrived, arrived,
           status,
           CASE WHEN status <> 'cancelled' THEN desk_id END,
           CASE WHEN status <> 'cancelled' THEN arrived + wait END,
           CASE WHEN status = 'done' THEN arrived + wait + interval '1 minute' END,
           CASE status WHEN 'done' THEN arrived + wait + interval '1 minute' + serve WHEN 'no_show' THEN arrived + wait + interval '3 minutes'
                       ELSE arrived + wait / 2 END,
           CASE WHEN status = 'done' THEN CASE WHEN r_serve < 0.9 THEN 'settled' ELSE 'needs_more_documents' END END,
           CASE WHEN status = 'no_show' THEN 2 ELSE 0 END,
           CASE WHEN status = 'done' AND r_transfer < 0.03 THEN 1 ELSE 0 END
    FROM v
    ON CONFLICT DO NOTHING`.execute(db);
  if (bookingsPerDay <= 0) return;
  // Booked visits: one desk's slots of 20 minutes from 08:00, desks in turn, so no desk's time is booked twice.
  await sql`
    WITH desks AS (
      SELECT ds.desk_id, min(ds.service_id) AS service_id, row_number() OVER (ORDER BY ds.desk_id) - 1 AS i, count(*) OVER () AS n
      FROM desk_service ds JOIN service s ON s.id = ds.service_id
      WHERE s.office_id = ${officeId} AND s.active
      GROUP BY ds.desk_id
    ),
    raw AS (
      SELECT d::date AS day, g - 1 AS k, random() AS r_status
      FROM generate_series(${from}::date, ${to}::date, interval '1 day') d, generate_series(1, ${bookingsPerDay}) g
      WHERE extract(isodow FROM d) < 6
    ),
    v AS (
      SELECT raw.*, desks.desk_id, desks.service_id,
             ((raw.day + time '08:00' + make_interval(mins => 20 * (raw.k / desks.n)::int)) AT TIME ZONE ${zone}) AS starts,
             CASE WHEN raw.r_status < 0.1 THEN 'no_show' WHEN raw.r_status < 0.18 THEN 'cancelled' ELSE 'checked_in' END AS status
      FROM raw JOIN desks ON desks.i = raw.k % desks.n
    )
    INSERT INTO booking (office_id, service_id, desk_id, code, starts_at, ends_at, office_day, status, source, created_at,
                         cancelled_at, checked_in_at, no_show_at, anonymised_at)
    SELECT ${officeId}, service_id, desk_id, substr(c, 1, 4) || '-' || substr(c, 5, 4), starts, starts + interval '15 minutes', day, status,
           CASE WHEN k % 4 = 0 THEN 'information_point' ELSE 'online' END, starts - interval '3 days',
           CASE WHEN status = 'cancelled' THEN starts - interval '1 day' END,
           CASE WHEN status = 'checked_in' THEN starts - interval '5 minutes' END,
           CASE WHEN status = 'no_show' THEN starts + interval '15 minutes' END,
           -- They never held personal data: marked as anonymised, so the retention job has nothing to do.
           starts
    FROM (SELECT v.*, ${code('k || day')} AS c FROM v) coded
    ON CONFLICT DO NOTHING`.execute(db);
  // Each checked-in visit's ticket, numbered from 5001 of its letter and day so it never meets a kiosk's number.
  await sql`
    INSERT INTO ticket (office_id, service_id, letter, office_day, number, public_code, source, booked_for, issued_at, arrived_at,
                        status, desk_id, called_at, started_at, ended_at, outcome, booking_id)
    SELECT b.office_id, b.service_id, s.ticket_letter, b.office_day,
           5000 + row_number() OVER (PARTITION BY b.office_day, s.ticket_letter ORDER BY b.starts_at, b.id),
           substr(${code('b.id')}, 1, 12), 'booking', b.starts_at, b.checked_in_at, b.checked_in_at,
           'done', b.desk_id, b.starts_at + make_interval(secs => 60 * random() * 6), b.starts_at + interval '7 minutes',
           b.starts_at + make_interval(secs => 60 * (7 + s.typical_minutes * (0.5 + random()))), 'settled', b.id
    FROM booking b JOIN service s ON s.id = b.service_id
    WHERE b.office_id = ${officeId} AND b.office_day BETWEEN ${from}::date AND ${to}::date AND b.status = 'checked_in' AND b.ticket_id IS NULL
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`
    UPDATE booking b SET ticket_id = t.id FROM ticket t
    WHERE t.booking_id = b.id AND b.office_id = ${officeId} AND b.office_day BETWEEN ${from}::date AND ${to}::date AND b.ticket_id IS NULL`.execute(
    db,
  );
}
