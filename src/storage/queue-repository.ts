import { sql, type Selectable } from 'kysely';
import type { Db, Tx } from './database.ts';
import type { QueueEventTable, TicketTable } from './schema.ts';

/** The channel every app process LISTENs on; the payload is a `queue_event` id. */
export const QUEUE_CHANNEL = 'okienko_queue';

/**
 * The `pg_notify` call for a row `event` of `queue_event` in the same statement: the whole event as JSON,
 * so listening processes deliver it without reading it back; only its id if it were ever too large for a
 * notification (8,000 bytes), and the listener then reads it.
 */
export const notifyEvent = sql`pg_notify(${sql.lit(QUEUE_CHANNEL)}, (SELECT CASE WHEN octet_length(j) < 7900 THEN j ELSE event.id::text END
  FROM (SELECT json_build_object('id', event.id::text, 'office_id', event.office_id, 'at', event.at, 'kind', event.kind,
    'ticket_id', event.ticket_id, 'desk_id', event.desk_id, 'payload', event.payload)::text AS j) notice))`;

export type TicketRow = Selectable<TicketTable>;
export type QueueEventRow = Selectable<QueueEventTable>;

/** What a queue event says, as boards and follow pages read it: numbers and desks, never a person or a public code. */
export interface QueueEventPayload {
  number?: string;
  serviceId?: number;
  deskNumber?: string;
  status?: string;
  recalls?: number;
  [key: string]: unknown;
}

export interface NewQueueEvent {
  officeId: number;
  at: Date;
  kind: string;
  ticketId: number | null;
  deskId: number | null;
  payload: QueueEventPayload;
}

/**
 * Records a queue event and notifies every listening process; PostgreSQL delivers the notification only
 * when the transaction commits, so nobody hears of a change that was rolled back.
 * @example const id = await recordQueueEvent(tx, { officeId, at, kind: 'ticket.called', ticketId, deskId, payload: { number: 'A012' } });
 */
export async function recordQueueEvent(tx: Tx, event: NewQueueEvent): Promise<string> {
  const result = await sql<{ id: string }>`
    WITH event AS (
      INSERT INTO queue_event (office_id, at, kind, ticket_id, desk_id, payload)
      VALUES (${event.officeId}::int, ${event.at}::timestamptz, ${event.kind}::text, ${event.ticketId}::int, ${event.deskId}::int, ${JSON.stringify(event.payload)}::jsonb)
      RETURNING id, office_id, at, kind, ticket_id, desk_id, payload
    )
    SELECT event.id, ${notifyEvent} FROM event`.execute(tx);
  return result.rows[0]!.id;
}

/** Events of an office after an id, oldest first (for a client reconnecting with Last-Event-ID). */
export async function queueEventsAfter(db: Db, officeId: number, afterId: string, limit = 500): Promise<QueueEventRow[]> {
  return db
    .selectFrom('queue_event')
    .selectAll()
    .where('office_id', '=', officeId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Events by id, oldest first. */
export async function queueEventsById(db: Db, ids: readonly string[]): Promise<QueueEventRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('queue_event').selectAll().where('id', 'in', ids).orderBy('id').execute();
}

/** A ticket of the office, locked for the rest of the transaction. */
export async function lockTicket(tx: Tx, officeId: number, ticketId: number): Promise<TicketRow | undefined> {
  return tx.selectFrom('ticket').selectAll().where('office_id', '=', officeId).where('id', '=', ticketId).forUpdate().executeTakeFirst();
}

/**
 * Takes the next number of a letter on an office day. The counter row stays locked until the
 * transaction ends, so kiosks issuing the same letter take turns and numbers never repeat or skip
 * (a refused or failed issue rolls the increment back).
 * @example const number = await takeTicketNumber(tx, officeId, 'A', '2026-11-24'); // 1, 2, 3 …
 */
export async function takeTicketNumber(tx: Tx, officeId: number, letter: string, officeDay: string): Promise<number> {
  const row = await tx
    .insertInto('ticket_counter')
    .values({ office_id: officeId, letter, office_day: officeDay, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['office_id', 'letter', 'office_day']).doUpdateSet({ last_number: sql<number>`ticket_counter.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}
