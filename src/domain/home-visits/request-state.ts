import { DomainError } from '../shared/errors.ts';

/**
 * A home-visit request (seed 7.3): taken by the Information Point (`registered`), sent to the competent unit's
 * head (`sent`), given a clerk and the EZD case sign (`assigned`), covered by the City Secretary's authorisation
 * of that clerk (`authorised`), given a date (`scheduled`), and `done`, or `cancelled` on the way.
 */
export const REQUEST_STATUSES = ['registered', 'sent', 'assigned', 'authorised', 'scheduled', 'done', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** What may happen to a request. `reassign` changes the clerk or sign; `move` gives a scheduled visit a new date. */
export const REQUEST_EVENTS = ['send', 'assign', 'authorise', 'schedule', 'move', 'complete', 'cancel'] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

const TRANSITIONS: Record<RequestStatus, Partial<Record<RequestEvent, RequestStatus>>> = {
  registered: { send: 'sent', cancel: 'cancelled' },
  sent: { assign: 'assigned', cancel: 'cancelled' },
  // Another clerk may be assigned while no date is set; the new clerk's authorisation is then what counts.
  assigned: { assign: 'assigned', authorise: 'authorised', cancel: 'cancelled' },
  authorised: { assign: 'assigned', schedule: 'scheduled', cancel: 'cancelled' },
  // A visit that cannot happen on its date is moved (a new date, a reason) or cancelled.
  scheduled: { move: 'scheduled', complete: 'done', cancel: 'cancelled' },
  done: {},
  cancelled: {},
};

/** The statuses no event leaves. */
export function requestEnded(status: RequestStatus): boolean {
  return status === 'done' || status === 'cancelled';
}

/**
 * The status after an event, or a conflict (409) whose key says why it cannot happen now.
 * @example nextRequestStatus('sent', 'assign') // 'assigned'
 */
export function nextRequestStatus(status: RequestStatus, event: RequestEvent): RequestStatus {
  const next = TRANSITIONS[status][event];
  if (next === undefined)
    throw new DomainError('conflict', requestEnded(status) ? 'homeVisits.errors.requestEnded' : `homeVisits.errors.cannot.${event}`);
  return next;
}

/** Whether an event is offered now, so a page shows only the buttons that will be accepted. */
export function requestAllows(status: RequestStatus, event: RequestEvent): boolean {
  return TRANSITIONS[status][event] !== undefined;
}
