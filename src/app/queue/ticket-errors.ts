import { DomainError } from '../../domain/shared/errors.ts';
import type { TicketError, TicketResult, TicketState } from '../../domain/queue/index.ts';
import { keyPart } from '../../domain/shared/message-key.ts';

/**
 * A refused ticket transition as a 409 with a message key `queue.ticket.<code>` ("Ten bilet przekazano już raz").
 * @example throw ticketConflict({ code: 'already_transferred' });
 */
export function ticketConflict(error: TicketError): DomainError {
  const values: Record<string, string | number> = {};
  if (error.code === 'invalid_transition') values.from = error.from;
  if (error.code === 'recall_limit_reached') values.max = error.maxRecalls;
  if (error.code === 'too_few_recalls') values.required = error.recallsBeforeNoShow;
  return new DomainError('conflict', `queue.ticket.${keyPart(error.code)}`, { values });
}

/** The new state of a transition, or its refusal thrown as a 409. */
export function okOrThrow(result: TicketResult): TicketState {
  if (!result.ok) throw ticketConflict(result.error);
  return result.ticket;
}
