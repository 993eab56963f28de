import { officeDate, officeTime, type OfficeDate } from '../organisation/index.ts';
import { DomainError, conflict, invalid } from '../shared/errors.ts';
import { isActiveBooking, type ArrivalPolicy, type BookingStatus } from './arrival.ts';
import type { EmailAddress, PhoneNumber } from './contact.ts';
import type { SlotQuery } from './schedule.ts';
import { bookingWindow, freeDeskSlots, type SlotOptions } from './slots.ts';

/** A booking already made, as the fairness rules compare people by it. */
export interface PersonBooking {
  id: number;
  serviceId: number;
  status: BookingStatus;
  startsAt: Date;
  createdAt: Date;
  /** `EmailAddress.identity`, or null when the booking has no e-mail. */
  emailIdentity: string | null;
  /** `PhoneNumber.e164`, or null. */
  phone: string | null;
}

export interface BookingRequest {
  serviceId: number;
  startsAt: Date;
  email: EmailAddress | null;
  phone: PhoneNumber | null;
  /** Moving an existing booking: it does not count against itself, and its own time is free to it. */
  movingBookingId?: number;
}

export interface BookingContext {
  /** The free-slot inputs of the requested service (its `now` is the moment of booking). */
  slots: SlotQuery;
  /** Bookings sharing the request's e-mail identity or phone (any service, any status). */
  personBookings: readonly PersonBooking[];
  /** At most this many bookings made with one e-mail per office day (cancelled ones count: no cycling). */
  emailDailyCap: number;
  arrival: ArrivalPolicy;
}

export type BookingRefusal =
  | { kind: 'day_in_past' }
  | { kind: 'beyond_horizon'; lastDate: OfficeDate }
  | { kind: 'too_soon'; earliest: Date }
  | { kind: 'already_booked'; bookingId: number }
  | { kind: 'email_daily_cap'; cap: number }
  | { kind: 'day_full' }
  | { kind: 'slot_taken' }
  /** Outside every schedule, outside the hours, or kept for walk-ins. */
  | { kind: 'slot_not_offered' };

export type BookingDecision = { ok: true; deskIds: number[]; endsAt: Date } | { ok: false; refusal: BookingRefusal };

const samePerson = (booking: PersonBooking, request: BookingRequest): boolean =>
  (request.email !== null && booking.emailIdentity === request.email.identity) ||
  (request.phone !== null && booking.phone === request.phone.e164);

function offered(query: SlotQuery, startsAt: Date, options: SlotOptions = {}) {
  return freeDeskSlots(query, officeDate(startsAt), options).filter((slot) => slot.startsAt.getTime() === startsAt.getTime());
}

/**
 * Checks a booking request against the rules that keep booking fair, in the order a person can act on:
 * the day, the notice, one active booking per person (e-mail or phone) per service, the daily cap per
 * e-mail, and last whether the time is still offered. The answer lists the desks free at that time;
 * the database's constraint on (desk, time range) still decides a race between two requests.
 * @example
 * checkBooking({ serviceId: 1, startsAt: tenOClock, email, phone: null }, { slots, personBookings: [], emailDailyCap: 3, arrival })
 * // { ok: true, deskIds: [7, 8], endsAt: tenThirty }
 */
export function checkBooking(request: BookingRequest, context: BookingContext): BookingDecision {
  if (request.serviceId !== context.slots.serviceId) throw new RangeError('the slot inputs are of another service than the request');
  const refuse = (refusal: BookingRefusal): BookingDecision => ({ ok: false, refusal });
  const { now } = context.slots;
  const window = bookingWindow(now, context.slots.policy);
  const date = officeDate(request.startsAt);
  if (date < window.firstDate) return refuse({ kind: 'day_in_past' });
  if (date > window.lastDate) return refuse({ kind: 'beyond_horizon', lastDate: window.lastDate });
  if (request.startsAt < window.earliestStart) return refuse({ kind: 'too_soon', earliest: window.earliestStart });

  const others = context.personBookings.filter((b) => b.id !== request.movingBookingId && samePerson(b, request));
  const active = others.find((b) => b.serviceId === request.serviceId && isActiveBooking(b, now, context.arrival));
  if (active) return refuse({ kind: 'already_booked', bookingId: active.id });
  if (request.movingBookingId === undefined && request.email !== null) {
    const today = officeDate(now);
    const madeToday = others.filter((b) => b.emailIdentity === request.email!.identity && officeDate(b.createdAt) === today).length;
    if (madeToday >= context.emailDailyCap) return refuse({ kind: 'email_daily_cap', cap: context.emailDailyCap });
  }

  const query: SlotQuery = {
    ...context.slots,
    taken: context.slots.taken.filter((t) => t.bookingId === undefined || t.bookingId !== request.movingBookingId),
  };
  const free = offered(query, request.startsAt);
  if (free.length > 0) return { ok: true, deskIds: free.map((slot) => slot.deskId), endsAt: free[0]!.endsAt };
  if (offered(query, request.startsAt, { ignoreCap: true }).length > 0) return refuse({ kind: 'day_full' });
  if (offered(query, request.startsAt, { ignoreTaken: true, ignoreCap: true }).length > 0) return refuse({ kind: 'slot_taken' });
  return refuse({ kind: 'slot_not_offered' });
}

/**
 * The domain error a refusal answers with: a message key of the booking catalogue, on the field the
 * person can change. Losing a race ('slot_taken') is a conflict: the page offers the nearest free times.
 * @example bookingRefusalError({ kind: 'slot_taken' }).key // 'booking.refusal.slotTaken'
 */
export function bookingRefusalError(refusal: BookingRefusal): DomainError {
  switch (refusal.kind) {
    case 'day_in_past':
      return invalid({ date: { key: 'booking.refusal.dayInPast' } });
    case 'beyond_horizon':
      return invalid({ date: { key: 'booking.refusal.beyondHorizon', values: { lastDate: refusal.lastDate } } });
    case 'too_soon':
      return invalid({ time: { key: 'booking.refusal.tooSoon', values: { earliest: officeTime(refusal.earliest) } } });
    case 'slot_not_offered':
      return invalid({ time: { key: 'booking.refusal.slotNotOffered' } });
    case 'already_booked':
      return conflict('booking.refusal.alreadyBooked');
    case 'day_full':
      return conflict('booking.refusal.dayFull', { date: { key: 'booking.refusal.dayFull' } });
    case 'slot_taken':
      return conflict('booking.refusal.slotTaken', { time: { key: 'booking.refusal.slotTaken' } });
    case 'email_daily_cap':
      return new DomainError('rate_limited', 'booking.refusal.emailDailyCap', {
        values: { cap: refusal.cap },
        fields: { email: { key: 'booking.refusal.emailDailyCap', values: { cap: refusal.cap } } },
      });
  }
}
