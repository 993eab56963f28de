import { DomainError, notFound } from '../../domain/shared/errors.ts';
import type { TicketResult, TicketState, TicketStatus } from '../../domain/queue/index.ts';
import type { Tx } from '../../storage/database.ts';
import { lockTicket, type TicketRow } from '../../storage/queue-repository.ts';
import { commitTicketChange } from '../../storage/ticket-change.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { clerkDesk, type LiveDesk } from './desk-session.ts';
import { loadQueuePolicy, type QueuePolicy } from './queue-policy.ts';
import { okOrThrow } from './ticket-errors.ts';
import { numberOf, stateOf } from './ticket-record.ts';

/** What a desk action answers: the ticket as the desk panel shows it. */
export interface TicketActionResult {
  ticketId: number;
  number: string;
  serviceId: number;
  status: TicketStatus;
  deskNumber: string;
  recalls: number;
  eventId: string;
}

export interface TicketAction {
  ticketId: number;
  /** The audit action, e.g. 'ticket.recall'. */
  auditAction: string;
  /** The queue event kind, e.g. 'ticket.recalled'. */
  eventKind: string;
  /** Whether a paused desk may do it (finishing the ticket in hand is fine; calling a new one is not). */
  deskMustBeOpen: boolean;
  transition: (ticket: TicketState, desk: LiveDesk, policy: QueuePolicy, now: Date) => TicketResult | Promise<TicketResult>;
  /** Ids and codes for the audit row and the event, never personal data. */
  details?: Record<string, string | number | null>;
  /** Checks that need the locked row (e.g. one ticket in hand per desk), run before the transition. */
  check?: (tx: Tx, row: TicketRow, desk: LiveDesk) => Promise<void>;
  /** More writes of the same change (a booked visit's invitation mail), before the ticket's change and its audit row. */
  alsoInTransaction?: (tx: Tx, row: TicketRow, next: TicketState, now: Date) => Promise<void>;
}

/**
 * Runs one desk action on one ticket in one transaction: the clerk's live desk, the ticket locked, the
 * state machine's transition (a refusal is a 409), the new state saved, a queue event and the audit row.
 * @example await runTicketAction(deps, { ticketId, auditAction: 'ticket.start', eventKind: 'ticket.started', deskMustBeOpen: false, transition: (t, d, _p, now) => startService(t, d.desk.id, now) });
 */
export async function runTicketAction(deps: UseCaseDeps, action: TicketAction): Promise<TicketActionResult> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const desk = await clerkDesk(tx, deps.actor, { mustBeOpen: action.deskMustBeOpen });
    const row = await lockTicket(tx, deps.actor.officeId, action.ticketId);
    if (!row) throw notFound('queue.ticket.notFound');
    await action.check?.(tx, row, desk);
    const policy = await loadQueuePolicy(tx, deps.actor.officeId);
    const next = okOrThrow(await action.transition(stateOf(row), desk, policy, now));
    const number = numberOf(row);
    await action.alsoInTransaction?.(tx, row, next, now);
    const eventId = await commitTicketChange(tx, {
      ticketId: row.id,
      state: next,
      event: {
        officeId: deps.actor.officeId,
        at: now,
        kind: action.eventKind,
        deskId: desk.desk.id,
        payload: {
          number,
          serviceId: next.serviceId,
          fromServiceId: row.service_id,
          deskNumber: desk.desk.number,
          status: next.status,
          recalls: next.recalls,
          ...action.details,
        },
      },
      audit: { actor: deps.actor, action: action.auditAction, details: { deskId: desk.desk.id, ...action.details } },
    });
    return {
      ticketId: row.id,
      number,
      serviceId: next.serviceId,
      status: next.status,
      deskNumber: desk.desk.number,
      recalls: next.recalls,
      eventId,
    };
  });
}

/**
 * Refuses a call while the desk still has a ticket in hand: the panel shows one current ticket (seed 6).
 * @example await ensureHandsFree(tx, desk.desk.id);
 */
export async function ensureHandsFree(tx: Tx, deskId: number): Promise<void> {
  const inHand = await tx
    .selectFrom('ticket')
    .select('id')
    .where('desk_id', '=', deskId)
    .where('status', 'in', ['called', 'serving'])
    .executeTakeFirst();
  if (inHand) throw new DomainError('conflict', 'queue.desk.busy');
}
