import { officeDate } from '../../domain/organisation/index.ts';
import { callTicket as call, parseTicketNumber } from '../../domain/queue/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { ensureHandsFree, runTicketAction, type TicketActionResult } from './ticket-action.ts';

/**
 * The clerk calls a ticket they chose (e.g. a resident who asked at the desk); only one of the desk's
 * services, and only while the desk has no other ticket in hand.
 * @example await callTicket(deps, { ticketId: 12 }); // { status: 'called', deskNumber: '5', … }
 */
export function callTicket(deps: UseCaseDeps, input: { ticketId: number }): Promise<TicketActionResult> {
  return runTicketAction(deps, {
    ticketId: input.ticketId,
    auditAction: 'ticket.call',
    eventKind: 'ticket.called',
    deskMustBeOpen: true,
    details: { chosen: 1 },
    check: (tx, _row, desk) => ensureHandsFree(tx, desk.desk.id),
    transition: (ticket, desk, _policy, now) => call(ticket, desk.desk, now),
  });
}

/**
 * The clerk calls a ticket by the number the resident shows ("A012"): today's ticket of the office with
 * that number, then the same checks as `callTicket`.
 * @example await callTicketByNumber(deps, { number: 'a12' }); // { number: 'A012', status: 'called', … }
 */
export async function callTicketByNumber(deps: UseCaseDeps, input: { number: string }): Promise<TicketActionResult> {
  const parsed = parseTicketNumber(input.number);
  if (!parsed) throw invalid({ number: { key: 'queue.callChosen.badNumber' } });
  const ticket = await deps.db
    .selectFrom('ticket')
    .select('id')
    .where('office_id', '=', deps.actor.officeId)
    .where('letter', '=', parsed.letter)
    .where('number', '=', parsed.number)
    .where('office_day', '=', officeDate(deps.clock.now()))
    .executeTakeFirst();
  if (!ticket) throw invalid({ number: { key: 'queue.callChosen.notFound' } });
  return callTicket(deps, { ticketId: ticket.id });
}
