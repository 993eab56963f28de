import { DomainError } from '../../domain/shared/errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { ANSWER_WINDOW_MS } from './answer-question.ts';
import { verifyFeedbackToken } from './feedback-link.ts';

/** Whether the question is asked: 'ask' after a finished visit, 'answered' once, 'none' before the end or long after. */
export type QuestionState = 'ask' | 'answered' | 'none';

async function stateOfTicket(deps: Pick<UseCaseDeps, 'db' | 'clock'>, ticketId: number): Promise<QuestionState> {
  const row = await deps.db
    .selectFrom('ticket')
    .leftJoin('satisfaction_answer as a', (join) =>
      join.on((eb) => eb.or([eb('a.ticket_id', '=', eb.ref('ticket.id')), eb('a.booking_id', '=', eb.ref('ticket.booking_id'))])),
    )
    .select(['ticket.status', 'ticket.ended_at', 'a.id as answerId'])
    .where('ticket.id', '=', ticketId)
    .executeTakeFirst();
  if (!row) return 'none';
  if (row.answerId !== null) return 'answered';
  if (row.status !== 'done' || row.ended_at === null) return 'none';
  return deps.clock.now().getTime() - row.ended_at.getTime() > ANSWER_WINDOW_MS ? 'none' : 'ask';
}

/**
 * The follow page's question: asked once the ticket is finished, thanked for once answered.
 * @example await ticketQuestion(deps, status.ticketId) // 'ask'
 */
export function ticketQuestion(deps: Pick<UseCaseDeps, 'db' | 'clock'>, ticketId: number): Promise<QuestionState> {
  return stateOfTicket(deps, ticketId);
}

/**
 * The page of the mail's link after a booked visit: the token checked first (403 worded), then the visit's state.
 * @example await bookingQuestion(deps, 'K7QX-3M9P', token) // 'ask'
 */
export async function bookingQuestion(
  deps: Pick<UseCaseDeps, 'db' | 'clock' | 'actor'>,
  code: string,
  token: string,
): Promise<QuestionState> {
  await verifyFeedbackToken(deps.db, code, token, deps.clock.now());
  const booking = await deps.db
    .selectFrom('booking')
    .select(['id', 'ticket_id'])
    .where('code', '=', code)
    .where('office_id', '=', deps.actor.officeId)
    .executeTakeFirst();
  if (!booking) throw new DomainError('forbidden', 'satisfaction.errors.linkInvalid');
  if (booking.ticket_id === null) return 'none';
  return stateOfTicket(deps, booking.ticket_id);
}
