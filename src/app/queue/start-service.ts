import { startService as start } from '../../domain/queue/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { runTicketAction, type TicketActionResult } from './ticket-action.ts';

/**
 * The resident came to the desk: service starts (its duration feeds the wait estimates).
 * @example await startService(deps, { ticketId: 12 }); // { status: 'serving', … }
 */
export function startService(deps: UseCaseDeps, input: { ticketId: number }): Promise<TicketActionResult> {
  return runTicketAction(deps, {
    ticketId: input.ticketId,
    auditAction: 'ticket.start',
    eventKind: 'ticket.started',
    deskMustBeOpen: false,
    transition: (ticket, desk, _policy, now) => start(ticket, desk.desk.id, now),
  });
}
