import { addDays, officeDate, type OfficeDate } from '../organisation/index.ts';

/** A booking as the retention job sees it. */
export interface RetainedBooking {
  id: number;
  startsAt: Date;
  anonymisedAt: Date | null;
}

function checkDays(retentionDays: number): void {
  if (!Number.isInteger(retentionDays) || retentionDays < 0) throw new RangeError('retentionDays must be a whole number of 0 or more');
}

/**
 * The first visit date whose personal data is kept at an instant: bookings with a visit date (Warsaw)
 * before it are due. The data is kept through the visit day and N full days after it, so with N = 0
 * it goes the day after the visit. The daily job can select `visit_date < cutoff` in SQL.
 * @example retentionCutoff(new Date('2026-12-01T10:00:00Z'), 30) // '2026-11-01'
 */
export function retentionCutoff(now: Date, retentionDays: number): OfficeDate {
  checkDays(retentionDays);
  return addDays(officeDate(now), -retentionDays);
}

/**
 * The office date on which a booking's personal data becomes due for anonymisation.
 * @example anonymisationDueOn(new Date('2026-11-01T09:00:00Z'), 30) // '2026-12-02'
 */
export function anonymisationDueOn(startsAt: Date, retentionDays: number): OfficeDate {
  checkDays(retentionDays);
  return addDays(officeDate(startsAt), retentionDays + 1);
}

/**
 * The ids of bookings whose personal data is due for anonymisation at an instant (not yet anonymised).
 * @example dueForAnonymisation([{ id: 4, startsAt: oct1, anonymisedAt: null }], new Date('2026-12-01T10:00:00Z'), 30) // [4]
 */
export function dueForAnonymisation(bookings: readonly RetainedBooking[], now: Date, retentionDays: number): number[] {
  const cutoff = retentionCutoff(now, retentionDays);
  return bookings.filter((b) => b.anonymisedAt === null && officeDate(b.startsAt) < cutoff).map((b) => b.id);
}
