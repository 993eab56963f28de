import { DomainError } from '../shared/errors.ts';
import { authorisationStanding, type AuthorisationDates } from './authorisation-state.ts';

/** An authorisation as scheduling sees it: whose it is, and its dates. */
export interface HeldAuthorisation extends AuthorisationDates {
  id: number;
  employeeId: number;
}

/**
 * The rule of seed 7.3 c: a visit may be scheduled only if the visiting employee holds an authorisation of the
 * City Secretary valid on the visit's date. Returns the authorisation that covers the date (the one ending
 * last, so the register links the visit to the widest), or throws a conflict saying why none does.
 * @example authorisationFor([{ id: 1, employeeId: 7, status: 'granted', validFrom: '2026-12-01', validUntil: '2026-12-31' }], 7, '2026-12-10') // the one
 */
export function authorisationFor(held: readonly HeldAuthorisation[], employeeId: number, visitOn: string): HeldAuthorisation {
  const own = held.filter((a) => a.employeeId === employeeId);
  const valid = own.filter((a) => authorisationStanding(a, visitOn) === 'valid');
  if (valid.length > 0) return valid.reduce((best, a) => (a.validUntil > best.validUntil ? a : best));
  if (own.some((a) => a.status === 'granted'))
    throw new DomainError('conflict', 'homeVisits.errors.noAuthorisationOnDay', { values: { date: visitOn } });
  if (own.some((a) => a.status === 'requested')) throw new DomainError('conflict', 'homeVisits.errors.authorisationPending');
  throw new DomainError('conflict', 'homeVisits.errors.noAuthorisation');
}

/**
 * Working days (Monday to Friday, public holidays skipped) from `from` (exclusive) to `to` (inclusive).
 * `isHoliday` is the office calendar's answer for a day.
 * @example workingDaysBetween('2026-12-04', '2026-12-07', () => false) // 1 (Saturday and Sunday skipped)
 */
export function workingDaysBetween(from: string, to: string, isHoliday: (day: string) => boolean): number {
  let count = 0;
  const day = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${to}T12:00:00Z`);
  while (day < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    const text = day.toISOString().slice(0, 10);
    if (weekday !== 0 && weekday !== 6 && !isHoliday(text)) count += 1;
  }
  return count;
}
