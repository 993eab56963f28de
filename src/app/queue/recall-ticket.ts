import { recallTicket as recall } from '../../domain/queue/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { runTicketAction, type TicketActionResult } from './ticket-action.ts';

/**
 * The desk calls its ticket again (the board repeats the call); counted up to the office's maximum.
 * @example await recallTicket(deps, { ticketId: 12 }); // { status: 'called', recalls: 1, … }
 */
export function recallTicket(deps: UseCaseDeps, input: { ticketId: number }): Promise<TicketActionResult> {
  return runTicketAction(deps, {
    ticketId: input.ticketId,
    auditAction: 'ticket.recall',
    eventKind: 'ticket.recalled',
    deskMustBeOpen: true,
    transition: (ticket, desk, policy, now) => recall(ticket, desk.desk.id, policy.recall, now),
  });
}
