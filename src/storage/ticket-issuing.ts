import { sql } from 'kysely';
import { MAX_TICKET_NUMBER } from '../domain/queue/index.ts';
import type { Actor } from '../domain/shared/actor.ts';
import { canonicalJson } from './audit-repository.ts';
import type { Db, Tx } from './database.ts';
import { notifyEvent } from './queue-repository.ts';

export interface TicketToIssue {
  officeId: number;
  serviceId: number;
  letter: string;
  officeDay: string;
  at: Date;
  publicCode: string;
  priorityReason: string | null;
  source: 'kiosk' | 'information_point' | 'booking';
  groundFloor: boolean;
  /** The booked time of a booking's ticket, and the booking. */
  bookedFor: Date | null;
  bookingId: number | null;
  /** Regular tickets of the day allowed for the letter; null for no limit. Priority and booked tickets never count. */
  dailyLimit: number | null;
  actor: Actor;
  /** The key the issuing kiosk sent (unique per device: a second ticket with it fails `ticket_issue_key`). */
  issueKey?: string | null;
  /** Issued on a kiosk's screens: it waits for its page to be shown or its ticket printed. */
  awaitingHandout?: boolean;
}

export type IssueOutcome =
  | { issued: true; ticketId: number; number: number; formatted: string; eventId: string }
  | { issued: false; reason: 'limit_reached' | 'numbers_used_up' };

/**
 * Issues a ticket in ONE statement: the number from the letter's counter row (locked until commit, so
 * two kiosks never share a number), the daily limit and the last number of the day (MAX_TICKET_NUMBER)
 * checked on that same locked row, the ticket, its
 * queue event with the notification, and the audit row. One statement means the row lock is held only
 * while PostgreSQL runs it and commits: no round trip to the application happens under the lock, so
 * kiosks of one letter queue for microseconds, not for the app's event loop.
 * The counter row is taken by a plain UPDATE, which queues kiosks of one letter in order on the row's
 * lock; only the day's first ticket of a letter inserts it. (An INSERT … ON CONFLICT for every ticket made
 * all waiting kiosks wake at each commit and race again: measured, 2 of 8 waited on each other that way.)
 * Runs as its own transaction on a `Db`, or inside a caller's transaction on a `Tx` (a booking's check-in).
 * @example await issueTicketRow(db, { officeId: 1, serviceId: 3, letter: 'A', officeDay: '2026-11-24', … }) // { issued: true, number: 12, formatted: 'A012', … }
 */
export async function issueTicketRow(db: Db | Tx, ticket: TicketToIssue): Promise<IssueOutcome> {
  const regular = ticket.priorityReason === null && ticket.source !== 'booking' ? 1 : 0;
  const { actor } = ticket;
  const auditBase = canonicalJson({
    serviceId: ticket.serviceId,
    source: ticket.source,
    priorityReason: ticket.priorityReason,
    groundFloor: ticket.groundFloor,
    bookingId: ticket.bookingId ?? undefined,
  });
  const result = await sql<{ id: number; number: number; formatted: string; event_id: string }>`
    WITH counted AS (
      UPDATE ticket_counter AS c SET last_number = c.last_number + 1, regular_issued = c.regular_issued + ${regular}::int
      WHERE c.office_id = ${ticket.officeId}::int AND c.letter = ${ticket.letter}::text AND c.office_day = ${ticket.officeDay}::date
        AND (${regular}::int = 0 OR ${ticket.dailyLimit}::int IS NULL OR c.regular_issued < ${ticket.dailyLimit}::int)
        AND c.last_number < ${MAX_TICKET_NUMBER}::int
      RETURNING last_number
    ), first_of_day AS (
      INSERT INTO ticket_counter AS c (office_id, letter, office_day, last_number, regular_issued)
      SELECT ${ticket.officeId}::int, ${ticket.letter}::text, ${ticket.officeDay}::date, 1, ${regular}::int
      WHERE NOT EXISTS (SELECT 1 FROM counted)
      ON CONFLICT (office_id, letter, office_day) DO UPDATE
        SET last_number = c.last_number + 1, regular_issued = c.regular_issued + EXCLUDED.regular_issued
        WHERE (EXCLUDED.regular_issued = 0 OR ${ticket.dailyLimit}::int IS NULL OR c.regular_issued < ${ticket.dailyLimit}::int)
          AND c.last_number < ${MAX_TICKET_NUMBER}::int
      RETURNING last_number
    ), counter AS (
      SELECT last_number FROM counted UNION ALL SELECT last_number FROM first_of_day
    ), issued AS (
      INSERT INTO ticket (office_id, service_id, letter, office_day, number, public_code, priority_reason, source, booked_for,
                          issued_at, arrived_at, ground_floor, issued_by_device_id, issued_by_staff_id, booking_id, issue_key, awaiting_handout)
      SELECT ${ticket.officeId}::int, ${ticket.serviceId}::int, ${ticket.letter}::text, ${ticket.officeDay}::date, counter.last_number, ${ticket.publicCode}::text,
             ${ticket.priorityReason}::text, ${ticket.source}::text, ${ticket.bookedFor}::timestamptz, ${ticket.at}::timestamptz, ${ticket.at}::timestamptz,
             ${ticket.groundFloor}::boolean, ${actor.kind === 'device' ? actor.id : null}::int, ${actor.kind === 'staff' ? actor.id : null}::int,
             ${ticket.bookingId}::int, ${ticket.issueKey ?? null}::text, ${ticket.awaitingHandout ?? false}::boolean
      FROM counter
      RETURNING id, number, letter || CASE WHEN number < 1000 THEN lpad(number::text, 3, '0') ELSE number::text END AS formatted
    ), event AS (
      INSERT INTO queue_event (office_id, at, kind, ticket_id, desk_id, payload)
      SELECT ${ticket.officeId}::int, ${ticket.at}::timestamptz, 'ticket.issued', issued.id, NULL,
             jsonb_build_object('number', issued.formatted, 'serviceId', ${ticket.serviceId}::int, 'status', 'waiting', 'priority', ${ticket.priorityReason !== null}::boolean)
      FROM issued
      RETURNING id, office_id, at, kind, ticket_id, desk_id, payload
    ), audit AS (
      INSERT INTO audit_log (at, actor_kind, actor_id, actor_label, role, action, subject_type, subject_id, details, address)
      SELECT ${ticket.at}::timestamptz, ${actor.kind}::text, ${actor.id}::int, ${actor.label}::text, ${actor.role}::text, 'ticket.issue', 'ticket', issued.id::text,
             ${auditBase}::jsonb || jsonb_build_object('number', issued.formatted), ${actor.address}::text
      FROM issued
    )
    SELECT issued.id, issued.number, issued.formatted, event.id AS event_id, ${notifyEvent}
    FROM issued, event`.execute(db);
  const row = result.rows[0];
  if (!row) {
    // Nothing issued: the day's last number is taken, or the daily limit is reached (the counter only grows).
    const counter = await db
      .selectFrom('ticket_counter')
      .select('last_number')
      .where('office_id', '=', ticket.officeId)
      .where('letter', '=', ticket.letter)
      .where('office_day', '=', ticket.officeDay)
      .executeTakeFirst();
    return { issued: false, reason: (counter?.last_number ?? 0) >= MAX_TICKET_NUMBER ? 'numbers_used_up' : 'limit_reached' };
  }
  return { issued: true, ticketId: row.id, number: row.number, formatted: row.formatted, eventId: row.event_id };
}
