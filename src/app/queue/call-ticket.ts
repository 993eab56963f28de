import { callTicket as call } from '../../domain/queue/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { ensureHandsFree, runTicketAction, type TicketActionResult } from './ticket-action.ts';

/**
 * The clerk calls a ticket they chose (e.g. a resident who asked at the desk); only one of the desk's
 * services, and only while the desk has no other ticket in hand.
 * @example await callTicket(deps, { ticketId: 12 }); // { status: 'called', deskNumber: '5', … }
 */
export function callTicket(deps: UseCaseDeps, input: { ticketId: number }): Promise<TicketActionResult> {
  return runTicketAction(deps, {
    ticketId: input.ticketId, auditAction: 'ticket.call', eventKind: 'ticket.called', deskMustBeOpen: true,
    details: { chosen: 1 },
    check: (tx, _row, desk) => ensureHandsFree(tx, desk.desk.id),
    transition: (ticket, desk, _policy, now) => call(ticket, desk.desk, now),
  });
}
