import { MINUTE } from '../shared/time.ts';
/** Consecutive failed logins after which an account is locked (OWASP: throttle guessing per account). */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * MINUTE;

export interface FailedLoginOutcome {
  failedLogins: number;
  lockedUntil: Date | null;
  /** True when this failure is the one that locks the account. */
  lockedNow: boolean;
}

/**
 * What one more failed login does to an account: counts it, and on the fifth in a row locks the
 * account for 15 minutes and starts the count again.
 * @example afterFailedLogin(4, now) // { failedLogins: 0, lockedUntil: now + 15 min, lockedNow: true }
 */
export function afterFailedLogin(failedSoFar: number, now: Date): FailedLoginOutcome {
  const failed = failedSoFar + 1;
  if (failed >= MAX_FAILED_LOGINS) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS), lockedNow: true };
  return { failedLogins: failed, lockedUntil: null, lockedNow: false };
}

/** True while a lock set earlier still holds. */
export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
