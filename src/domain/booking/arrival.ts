import { officeDate } from '../organisation/index.ts';
import { MINUTE } from '../shared/time.ts';

/** Where a booking stands. */
export type BookingStatus = 'booked' | 'checked_in' | 'cancelled' | 'no_show';

/**
 * Office settings for arriving with a booking. Give the queue's call policy the same minutes
 * (`bookingMinutesBefore/After`), so a booking checked in on time is also called out of turn.
 */
export interface ArrivalPolicy {
  /** Check-in opens this many minutes before the booked time … */
  minutesBefore: number;
  /** … and closes this many after it; a booking not checked in by then is a no-show. */
  minutesAfter: number;
  /** After the window: refuse, or give a regular ticket that queues by arrival (the same office day only). */
  lateArrival: 'refuse' | 'join_queue_as_regular';
}

export const DEFAULT_ARRIVAL_POLICY: ArrivalPolicy = { minutesBefore: 10, minutesAfter: 15, lateArrival: 'join_queue_as_regular' };

/** A booking as arrival needs it. */
export interface ArrivingBooking {
  status: BookingStatus;
  startsAt: Date;
}

export type CheckInDecision =
  /** A ticket the call order serves at its time (`bookedFor` = the booked time). */
  | { kind: 'on_time'; bookedFor: Date }
  /** A ticket without a booked time: it queues by arrival like a walk-in. */
  | { kind: 'late_as_regular' }
  | { kind: 'refused'; reason: 'too_early'; opensAt: Date }
  | { kind: 'refused'; reason: 'too_late' | 'cancelled' | 'already_checked_in' };

/**
 * The check-in window of a booked time, both ends included (as the queue's call order counts them).
 * @example arrivalWindow(new Date('2026-11-24T09:00:00Z'), DEFAULT_ARRIVAL_POLICY) // { opens: 08:50Z, closes: 09:15Z }
 */
export function arrivalWindow(startsAt: Date, policy: ArrivalPolicy): { opens: Date; closes: Date } {
  return {
    opens: new Date(startsAt.getTime() - policy.minutesBefore * MINUTE),
    closes: new Date(startsAt.getTime() + policy.minutesAfter * MINUTE),
  };
}

/**
 * What the kiosk does with a booking code at an instant: a booked ticket within the window; before it,
 * a refusal saying when to come back; after it, the late-arrival rule (a no-show already marked by the
 * daily job may still join as regular the same day, its desk time having gone to walk-ins).
 * @example decideCheckIn({ status: 'booked', startsAt: nine }, eightFiftyFive, DEFAULT_ARRIVAL_POLICY) // { kind: 'on_time', bookedFor: nine }
 */
export function decideCheckIn(booking: ArrivingBooking, at: Date, policy: ArrivalPolicy): CheckInDecision {
  if (booking.status === 'cancelled') return { kind: 'refused', reason: 'cancelled' };
  if (booking.status === 'checked_in') return { kind: 'refused', reason: 'already_checked_in' };
  const window = arrivalWindow(booking.startsAt, policy);
  if (at < window.opens) return { kind: 'refused', reason: 'too_early', opensAt: window.opens };
  if (at <= window.closes && booking.status === 'booked') return { kind: 'on_time', bookedFor: booking.startsAt };
  const sameDay = officeDate(at) === officeDate(booking.startsAt);
  if (policy.lateArrival === 'join_queue_as_regular' && sameDay) return { kind: 'late_as_regular' };
  return { kind: 'refused', reason: 'too_late' };
}

/**
 * The instant after which a booking not checked in is a no-show.
 * @example noShowAfter(new Date('2026-11-24T09:00:00Z'), DEFAULT_ARRIVAL_POLICY) // 2026-11-24T09:15:00Z
 */
export function noShowAfter(startsAt: Date, policy: ArrivalPolicy): Date {
  return arrivalWindow(startsAt, policy).closes;
}

/**
 * Whether a booking is a no-show at an instant: still only booked, and its window has closed.
 * @example isNoShow({ status: 'booked', startsAt: nine }, nineSixteen, DEFAULT_ARRIVAL_POLICY) // true
 */
export function isNoShow(booking: ArrivingBooking, at: Date, policy: ArrivalPolicy): boolean {
  return booking.status === 'booked' && at > noShowAfter(booking.startsAt, policy);
}

/**
 * Whether a booking still holds its time at an instant: booked, and its window not yet closed. Counts
 * for "one active booking per person per service".
 * @example isActiveBooking({ status: 'booked', startsAt: tomorrow }, now, DEFAULT_ARRIVAL_POLICY) // true
 */
export function isActiveBooking(booking: ArrivingBooking, at: Date, policy: ArrivalPolicy): boolean {
  return booking.status === 'booked' && at <= noShowAfter(booking.startsAt, policy);
}
