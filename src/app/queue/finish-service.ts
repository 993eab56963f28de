import { finishService as finish, type TicketOutcome } from '../../domain/queue/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { inviteToRateVisit } from '../satisfaction/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { runTicketAction, type TicketActionResult } from './ticket-action.ts';

const OUTCOMES: readonly string[] = ['settled', 'needs_more_documents'];

/**
 * The desk finishes the ticket it serves, with the outcome (settled, or the resident must bring more documents). A
 * booked visit's resident with an e-mail address is invited to rate it, in the same transaction.
 * @example await finishService(deps, { ticketId: 12, outcome: 'settled' }); // { status: 'done', … }
 */
export function finishService(deps: UseCaseDeps, input: { ticketId: number; outcome: string }): Promise<TicketActionResult> {
  if (!OUTCOMES.includes(input.outcome)) throw invalid({ outcome: { key: 'errors.choice' } });
  const outcome = input.outcome as TicketOutcome;
  return runTicketAction(deps, {
    ticketId: input.ticketId,
    auditAction: 'ticket.finish',
    eventKind: 'ticket.finished',
    deskMustBeOpen: false,
    details: { outcome },
    transition: (ticket, desk, _policy, now) => finish(ticket, desk.desk.id, outcome, now),
    alsoInTransaction: async (tx, row, _next, now) => {
      if (row.booking_id !== null) await inviteToRateVisit(tx, { officeId: deps.actor.officeId, bookingId: row.booking_id, endedAt: now });
    },
  });
}
