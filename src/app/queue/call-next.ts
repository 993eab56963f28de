import { callTicket, chooseNextTicket, type WaitingTicket } from '../../domain/queue/index.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { commitTicketChange } from '../../storage/ticket-change.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { clerkDesk } from './desk-session.ts';
import { loadQueuePolicy } from './queue-policy.ts';
import type { TicketActionResult } from './ticket-action.ts';
import { okOrThrow } from './ticket-errors.ts';
import { numberOf, stateOf } from './ticket-record.ts';

/** The answer when nobody waits for the desk's services. */
export interface NobodyWaiting {
  ticketId: null;
}

/**
 * The desk calls the next ticket in the office's call order (priority, booked visits due now, then the
 * longest-waiting, with the anti-starvation rule). Two desks calling at once never get one ticket: the
 * chosen ticket is locked with `FOR UPDATE SKIP LOCKED` and re-checked, and if another desk took it first
 * the next choice is tried.
 * @example await callNext(deps); // { ticketId: 41, number: 'A012', status: 'called', deskNumber: '5', … } or { ticketId: null }
 */
export async function callNext(deps: UseCaseDeps): Promise<TicketActionResult | NobodyWaiting> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const live = await clerkDesk(tx, deps.actor, { mustBeOpen: true });
    if (live.handsBusy) throw new DomainError('conflict', 'queue.desk.busy');
    if (live.desk.serviceIds.length === 0) return { ticketId: null };
    const policy = await loadQueuePolicy(tx, officeId);
    const rows = await tx
      .selectFrom('ticket')
      .select(['id', 'service_id', 'arrived_at', 'priority_reason', 'booked_for', 'assigned_desk_id'])
      .where('office_id', '=', officeId)
      .where('status', '=', 'waiting')
      .where('service_id', 'in', live.desk.serviceIds)
      .where((eb) => eb.or([eb('assigned_desk_id', 'is', null), eb('assigned_desk_id', '=', live.desk.id)]))
      .execute();
    let candidates: WaitingTicket[] = rows.map((r) => ({
      id: r.id,
      serviceId: r.service_id,
      arrivedAt: r.arrived_at,
      priority: r.priority_reason !== null,
      bookedFor: r.booked_for,
      assignedDeskId: r.assigned_desk_id,
    }));
    for (;;) {
      const choice = chooseNextTicket(candidates, live.desk, { at: now, outOfTurnInARow: live.outOfTurnInARow }, policy.call);
      if (!choice) return { ticketId: null };
      // Another desk may hold or have taken this ticket since it was read: skip it rather than wait.
      const row = await tx
        .selectFrom('ticket')
        .selectAll()
        .where('id', '=', choice.ticket.id)
        .where('status', '=', 'waiting')
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) {
        candidates = candidates.filter((c) => c.id !== choice.ticket.id);
        continue;
      }
      const next = okOrThrow(callTicket(stateOf(row), live.desk, now));
      const number = numberOf(row);
      const eventId = await commitTicketChange(tx, {
        ticketId: row.id,
        state: next,
        deskSession: { id: live.sessionId, outOfTurnInARow: choice.outOfTurnInARow },
        event: {
          officeId,
          at: now,
          kind: 'ticket.called',
          deskId: live.desk.id,
          payload: {
            number,
            serviceId: row.service_id,
            deskNumber: live.desk.number,
            status: next.status,
            recalls: 0,
            callClass: choice.callClass,
          },
        },
        audit: { actor: deps.actor, action: 'ticket.call', details: { deskId: live.desk.id, callClass: choice.callClass } },
      });
      return {
        ticketId: row.id,
        number,
        serviceId: row.service_id,
        status: next.status,
        deskNumber: live.desk.number,
        recalls: 0,
        eventId,
      };
    }
  });
}
