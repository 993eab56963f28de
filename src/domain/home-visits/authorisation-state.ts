import { DomainError } from '../shared/errors.ts';

/**
 * The City Secretary's authorisation to act outside the office's seat (seed 7.3 c): `requested`, then `granted`
 * (with a number) or `refused` (with a reason); a granted one may be `revoked`. `expired` is what a granted one
 * becomes after its last day: the table keeps `granted` and the standing is computed from the dates
 * (`authorisationStanding`), so no job has to run at midnight for the register to be right.
 */
export const AUTHORISATION_STATUSES = ['requested', 'granted', 'refused', 'revoked', 'expired'] as const;
export type AuthorisationStatus = (typeof AUTHORISATION_STATUSES)[number];
export const AUTHORISATION_EVENTS = ['grant', 'refuse', 'revoke', 'expire'] as const;
export type AuthorisationEvent = (typeof AUTHORISATION_EVENTS)[number];

const TRANSITIONS: Record<AuthorisationStatus, Partial<Record<AuthorisationEvent, AuthorisationStatus>>> = {
  requested: { grant: 'granted', refuse: 'refused' },
  granted: { revoke: 'revoked', expire: 'expired' },
  refused: {},
  revoked: {},
  expired: {},
};

/**
 * The status after an event, or a conflict (409).
 * @example nextAuthorisationStatus('requested', 'grant') // 'granted'
 */
export function nextAuthorisationStatus(status: AuthorisationStatus, event: AuthorisationEvent): AuthorisationStatus {
  const next = TRANSITIONS[status][event];
  if (next === undefined) throw new DomainError('conflict', `homeVisits.errors.authorisation.${event}`);
  return next;
}

export function authorisationAllows(status: AuthorisationStatus, event: AuthorisationEvent): boolean {
  return TRANSITIONS[status][event] !== undefined;
}

/** What the register shows: a granted authorisation is `valid` from its first to its last day, `expired` after. */
export type AuthorisationStanding = 'requested' | 'refused' | 'revoked' | 'pending' | 'valid' | 'expired';

export interface AuthorisationDates {
  status: 'requested' | 'granted' | 'refused' | 'revoked';
  validFrom: string;
  validUntil: string;
}

/**
 * The standing on an office day (`YYYY-MM-DD`): a granted authorisation before its first day is `pending`.
 * @example authorisationStanding({ status: 'granted', validFrom: '2026-12-01', validUntil: '2026-12-31' }, '2027-01-01') // 'expired'
 */
export function authorisationStanding(a: AuthorisationDates, day: string): AuthorisationStanding {
  if (a.status !== 'granted') return a.status;
  if (day < a.validFrom) return 'pending';
  return day > a.validUntil ? 'expired' : 'valid';
}

/** Whether a granted authorisation ends within `days` days of `today` (still valid today). */
export function expiresSoon(a: AuthorisationDates, today: string, warnOn: string): boolean {
  return authorisationStanding(a, today) === 'valid' && a.validUntil <= warnOn;
}
