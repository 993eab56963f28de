import { sql } from 'kysely';
import type { Actor } from '../domain/shared/actor.ts';
import type { TicketState } from '../domain/queue/index.ts';
import { canonicalJson } from './audit-repository.ts';
import type { Tx } from './database.ts';
import { notifyEvent, type QueueEventPayload } from './queue-repository.ts';

export interface TicketChange {
  ticketId: number;
  /** The ticket's new state (its row locked by the caller's transaction). */
  state: TicketState;
  /** The desk session's new count of out-of-turn calls, when the change is a call. */
  deskSession?: { id: number; outOfTurnInARow: number };
  event: { officeId: number; at: Date; kind: string; deskId: number | null; payload: QueueEventPayload };
  audit: { actor: Actor; action: string; details: Record<string, unknown> };
}

/**
 * Writes a desk action's outcome in ONE statement inside the caller's transaction: the ticket's new state,
 * the desk session's count, the queue event with its notification, and the audit row. Four round trips
 * fewer on every call, so the board hears of it sooner. The notification carries the whole event (it is
 * small: numbers and desks only), so listening processes need not read it back.
 * @example const eventId = await commitTicketChange(tx, { ticketId, state: next, event: { … }, audit: { … } });
 */
export async function commitTicketChange(tx: Tx, change: TicketChange): Promise<string> {
  const { state, event, audit } = change;
  const session = change.deskSession;
  const result = await sql<{ event_id: string }>`
    WITH changed AS (
      UPDATE ticket SET status = ${state.status}::text, service_id = ${state.serviceId}::int, desk_id = ${state.deskId}::int,
        assigned_desk_id = ${state.assignedDeskId}::int, recalls = ${state.recalls}::smallint, transfers = ${state.transfers}::smallint,
        outcome = ${state.outcome}::text, arrived_at = ${state.arrivedAt}::timestamptz, called_at = ${state.calledAt}::timestamptz,
        started_at = ${state.startedAt}::timestamptz, ended_at = ${state.endedAt}::timestamptz
      WHERE id = ${change.ticketId}::int
      RETURNING id
    ), session AS (
      UPDATE desk_session SET out_of_turn_in_a_row = ${session?.outOfTurnInARow ?? 0}::smallint
      WHERE ${session !== undefined}::boolean AND id = ${session?.id ?? 0}::int
    ), event AS (
      INSERT INTO queue_event (office_id, at, kind, ticket_id, desk_id, payload)
      SELECT ${event.officeId}::int, ${event.at}::timestamptz, ${event.kind}::text, changed.id, ${event.deskId}::int, ${JSON.stringify(event.payload)}::jsonb
      FROM changed
      RETURNING id, office_id, at, kind, ticket_id, desk_id, payload
    ), audit AS (
      INSERT INTO audit_log (at, actor_kind, actor_id, actor_label, role, action, subject_type, subject_id, details, address)
      SELECT ${event.at}::timestamptz, ${audit.actor.kind}::text, ${audit.actor.id}::int, ${audit.actor.label}::text, ${audit.actor.role}::text,
             ${audit.action}::text, 'ticket', changed.id::text, ${canonicalJson(audit.details)}::jsonb, ${audit.actor.address}::text
      FROM changed
    )
    SELECT event.id AS event_id, ${notifyEvent}
    FROM event`.execute(tx);
  const row = result.rows[0];
  if (!row) throw new Error(`ticket ${change.ticketId} vanished inside its own locked transaction`);
  return row.event_id;
}
