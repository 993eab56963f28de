import { MINUTE } from '../shared/time.ts';

/**
 * Failed logins of one login from one address before that pair must wait (OWASP: slow guessing down without
 * letting a stranger lock a member of staff out: a throttle holds only the address that failed).
 */
export const FREE_FAILURES = 5;
/** The first wait, doubled with every further failure, up to `LONGEST_WAIT_MS`. */
export const FIRST_WAIT_MS = MINUTE;
export const LONGEST_WAIT_MS = 15 * MINUTE;

/** What the office knows of one login's failures from one address. */
export interface LoginFailures {
  failures: number;
  /** No attempt is taken from the address for this login before this instant. */
  blockedUntil: Date | null;
}

/**
 * The state after one more failure: the count goes up; from the fifth on, a wait of 1, 2, 4, 8 and then 15
 * minutes at most starts now.
 * @example afterLoginFailure({ failures: 4, blockedUntil: null }, now) // { failures: 5, blockedUntil: now + 1 min }
 */
export function afterLoginFailure(before: LoginFailures | null, now: Date): LoginFailures {
  const failures = (before?.failures ?? 0) + 1;
  if (failures < FREE_FAILURES) return { failures, blockedUntil: null };
  const wait = Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES), LONGEST_WAIT_MS);
  return { failures, blockedUntil: new Date(now.getTime() + wait) };
}

/**
 * Whole minutes the pair must still wait (rounded up), 0 when an attempt may be made now.
 * @example minutesToWait({ failures: 5, blockedUntil: inNinetySeconds }, now) // 2
 */
export function minutesToWait(state: LoginFailures | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  const left = state.blockedUntil.getTime() - now.getTime();
  return left > 0 ? Math.ceil(left / MINUTE) : 0;
}
