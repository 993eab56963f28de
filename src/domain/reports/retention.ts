import { DAY } from '../shared/time.ts';

/** Days a reporter's contact data is kept after the report was closed or fixed (or, never closed, after it was sent). */
export const REPORT_RETENTION_DAYS = 365;
/** An unconfirmed report whose link was never used is of no use after this many days. */
export const UNCONFIRMED_RETENTION_DAYS = 30;

/**
 * The instant before which a report's reporter data is due to go: reports updated last before it lose their
 * e-mail, name and phone.
 * @example reportRetentionCutoff(new Date('2027-12-01T00:00:00Z')) // 2026-12-01T00:00:00Z
 */
export function reportRetentionCutoff(now: Date, days = REPORT_RETENTION_DAYS): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole number of 0 or more');
  return new Date(now.getTime() - days * DAY);
}
