import { hoursOn, isoWeekday, type ClosedReason, type OfficeDate } from '../organisation/index.ts';
import type { SlotQuery } from './schedule.ts';

/**
 * Why a day of the day list has no times although it is not merely full: every desk of the service stands in
 * a place closed that day (a weekend, a public holiday, a local exception), or the service takes no bookings
 * on that weekday at any desk. Null when some desk could take a booking that day.
 */
export type DayWithoutBooking = { kind: 'closed'; reason: ClosedReason } | { kind: 'not_booked' };

/**
 * @example dayWithoutBooking(query, '2026-11-28') // { kind: 'closed', reason: { kind: 'no_hours' } } (a Saturday)
 * @example dayWithoutBooking(query, '2026-12-25') // { kind: 'closed', reason: { kind: 'holiday', holiday: { key: 'christmasDay', … } } }
 */
export function dayWithoutBooking(query: Pick<SlotQuery, 'serviceId' | 'desks' | 'schedules'>, date: OfficeDate): DayWithoutBooking | null {
  if (query.desks.length === 0) return null;
  const closed: ClosedReason[] = [];
  for (const desk of query.desks) {
    const hours = hoursOn(desk.calendar, date);
    if (hours.open) {
      const weekday = isoWeekday(date);
      if (query.schedules.some((row) => row.deskId === desk.id && row.serviceId === query.serviceId && row.weekday === weekday))
        return null;
    } else closed.push(hours.reason);
  }
  // A holiday or a local exception says more than a regular day off.
  if (closed.length === query.desks.length) return { kind: 'closed', reason: closed.find((r) => r.kind !== 'no_hours') ?? closed[0]! };
  return { kind: 'not_booked' };
}
