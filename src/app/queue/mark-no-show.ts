import { markNoShow as noShow } from '../../domain/queue/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { runTicketAction, type TicketActionResult } from './ticket-action.ts';

/**
 * The resident did not come after the required recalls: the ticket ends as a no-show.
 * @example await markNoShow(deps, { ticketId: 12 }); // { status: 'no_show', … }
 */
export function markNoShow(deps: UseCaseDeps, input: { ticketId: number }): Promise<TicketActionResult> {
  return runTicketAction(deps, {
    ticketId: input.ticketId,
    auditAction: 'ticket.no_show',
    eventKind: 'ticket.no_show',
    deskMustBeOpen: false,
    transition: (ticket, desk, policy, now) => noShow(ticket, desk.desk.id, policy.recall, now),
  });
}
