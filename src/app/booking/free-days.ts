import { bookingWindow, dayWithoutBooking, freeSlots, type DayWithoutBooking } from '../../domain/booking/index.ts';
import type { OfficeDate } from '../../domain/organisation/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { readBookingPolicy, slotPolicyOf } from './booking-policy.ts';
import { readSlotContext } from './slot-context.ts';

export interface FreeDay {
  date: OfficeDate;
  /** Free times that day (0 on closed days, full days and days the cap is reached). */
  freeCount: number;
  /** Why a day without free times has none when it is not merely full: the office closed (and why), or no bookings that weekday. */
  without: DayWithoutBooking | null;
}

export interface FreeDays {
  serviceId: number;
  /** Today … today + the horizon, every day listed. */
  days: FreeDay[];
}

/**
 * The day list of the booking page: every day of the booking window with its number of free times.
 * Two reads (the policy, then everything else in one query), whatever the horizon.
 * @example const { days } = await freeDays(deps, { serviceId: 3 }); days[0] // { date: '2026-11-24', freeCount: 7, without: null }
 */
export async function freeDays(deps: UseCaseDeps, input: { serviceId: number }): Promise<FreeDays> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const window = bookingWindow(now, slotPolicyOf(await readBookingPolicy(deps.db, officeId), null));
  const { query } = await readSlotContext(
    deps.db,
    { officeId, serviceId: input.serviceId, from: window.firstDate, to: window.lastDate },
    now,
  );
  return {
    serviceId: query.serviceId,
    days: freeSlots(query).map((day) => ({
      date: day.date,
      freeCount: day.freeCount,
      without: day.freeCount > 0 ? null : dayWithoutBooking(query, day.date),
    })),
  };
}
