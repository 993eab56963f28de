import type { CalendarInput, OfficeDate, OfficeTime } from '../organisation/index.ts';
import type { OpenSlotsMemo, TakenByDay } from './slots.ts';

/**
 * One row of a booking schedule: a desk takes bookings for a service on an ISO weekday
 * (1 = Monday … 7 = Sunday) between two wall-clock times. The migration mirrors it as a
 * `booking_schedule (desk_id, service_id, weekday, starts_at, ends_at)` table.
 */
export interface BookingSchedule {
  deskId: number;
  serviceId: number;
  weekday: number;
  /** 'HH:MM' (a trailing ':SS' from the database is accepted). */
  startsAt: OfficeTime;
  endsAt: OfficeTime;
}

/** A desk that may take bookings, with the calendar of the place it stands in (its building's hours). */
export interface BookingDesk {
  id: number;
  calendar: CalendarInput;
}

/**
 * Desk time already booked (any service: a desk serves one person at a time). Cancelled bookings are
 * not passed in; a no-show's time is not either, so it returns to walk-ins.
 */
export interface TakenTime {
  deskId: number;
  serviceId: number;
  startsAt: Date;
  endsAt: Date;
  /** Lets a move ignore the booking being moved. */
  bookingId?: number;
}

/** Office settings for online booking of one service. */
export interface SlotPolicy {
  /** Bookable days: today up to today + this many days. */
  horizonDays: number;
  /** A slot must start at least this many minutes after the moment of booking. */
  minimumNoticeMinutes: number;
  /** At most this many bookings of the service per day; null for no cap. */
  dailyCap: number | null;
  /** Whole percent (0–100) of each desk's scheduled slots kept for walk-ins. */
  walkInPercent: number;
}

/** Everything the free slots of a service depend on, passed explicitly: the domain reads no clock. */
export interface SlotQuery {
  serviceId: number;
  /** The length of a slot: the service's duration. */
  durationMinutes: number;
  schedules: readonly BookingSchedule[];
  desks: readonly BookingDesk[];
  taken: readonly TakenTime[];
  /** `taken` grouped by day (`groupTakenByDay(taken)`), for a caller asking many days; used only while it is of `taken`. */
  takenByDay?: TakenByDay;
  /** The open slots of a day remembered for these desks and schedules (`OpenSlotsMemo`), when the caller keeps them. */
  memo?: OpenSlotsMemo;
  policy: SlotPolicy;
  now: Date;
  /** First and last day asked for, inclusive. */
  from: OfficeDate;
  to: OfficeDate;
}
