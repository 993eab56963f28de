import { returnToQueue as putBack } from '../../domain/queue/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { runTicketAction, type TicketActionResult } from './ticket-action.ts';

/**
 * The desk puts its ticket back into the queue (the resident fills in a form first); it keeps its place.
 * @example await returnToQueue(deps, { ticketId: 12 }); // { status: 'waiting', … }
 */
export function returnToQueue(deps: UseCaseDeps, input: { ticketId: number }): Promise<TicketActionResult> {
  return runTicketAction(deps, {
    ticketId: input.ticketId,
    auditAction: 'ticket.return',
    eventKind: 'ticket.returned',
    deskMustBeOpen: false,
    transition: (ticket, desk) => putBack(ticket, desk.desk.id),
  });
}
