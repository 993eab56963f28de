import { DomainError } from '../shared/errors.ts';

/** A difficult situation is open while the conversation goes on, and closed once the client was asked (step 7). */
export type SituationStatus = 'open' | 'closed';
/** What may happen to a recorded situation. */
export type SituationEvent = 'close' | 'addAction' | 'completeAction';

// Actions may be added while the situation is open; they may be completed after it was closed too, since what
// was promised (step 6) often takes longer than the conversation.
const TRANSITIONS: Record<SituationStatus, Partial<Record<SituationEvent, SituationStatus>>> = {
  open: { close: 'closed', addAction: 'open', completeAction: 'open' },
  closed: { completeAction: 'closed' },
};

/**
 * The status after an event, or a conflict (409) saying why it cannot happen now.
 * @example nextSituationStatus('open', 'close') // 'closed'
 */
export function nextSituationStatus(status: SituationStatus, event: SituationEvent): SituationStatus {
  const next = TRANSITIONS[status][event];
  if (next === undefined) throw new DomainError('conflict', `situations.errors.${event}WhenClosed`);
  return next;
}

/** Whether an event is offered now, so a page shows only buttons that will be accepted. */
export function situationAllows(status: SituationStatus, event: SituationEvent): boolean {
  return TRANSITIONS[status][event] !== undefined;
}
