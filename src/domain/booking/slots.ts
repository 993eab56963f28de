import { addDays, officeDate, officeTime, type OfficeDate, type OfficeTime } from '../organisation/index.ts';
import type { SlotPolicy, SlotQuery, TakenTime } from './schedule.ts';
import { deskGrid } from './slot-grid.ts';
import { slotId } from './slot-id.ts';

/** A free slot of one desk. */
export interface DeskSlot {
  /** `slotId(…)`: service + desk + start instant. */
  id: string;
  deskId: number;
  startsAt: Date;
  endsAt: Date;
  /** Wall-clock start in the office, 'HH:MM'. */
  time: OfficeTime;
}

/** A free time of a day: one start, and every desk that can take it. */
export interface FreeTime {
  startsAt: Date;
  endsAt: Date;
  time: OfficeTime;
  /** Ascending; the booking takes the first one still free when it is written. */
  deskIds: number[];
}

export interface SlotDay {
  date: OfficeDate;
  /** By start instant. */
  times: FreeTime[];
  /** The number of free times, for the day list ("3 wolne terminy"). */
  freeCount: number;
  /** Bookings the service's daily cap still allows that day; null when there is no cap. */
  capLeft: number | null;
}

/** The days and the earliest start a booking made now may have. */
export interface BookingWindow {
  firstDate: OfficeDate;
  lastDate: OfficeDate;
  earliestStart: Date;
}

const MINUTE = 60_000;

/**
 * Which days and starts are bookable at an instant: from today (Warsaw) to today + the horizon,
 * starting no sooner than the minimum notice.
 * @example bookingWindow(new Date('2026-11-24T08:00:00Z'), { horizonDays: 30, minimumNoticeMinutes: 120, dailyCap: null, walkInPercent: 30 })
 *   // { firstDate: '2026-11-24', lastDate: '2026-12-24', earliestStart: 2026-11-24T10:00:00.000Z }
 */
export function bookingWindow(now: Date, policy: SlotPolicy): BookingWindow {
  const today = officeDate(now);
  return { firstDate: today, lastDate: addDays(today, policy.horizonDays), earliestStart: new Date(now.getTime() + policy.minimumNoticeMinutes * MINUTE) };
}

/** What `freeDeskSlots` may leave out of account, so a refusal can say why a time is not offered. */
export interface SlotOptions {
  ignoreTaken?: boolean;
  ignoreCap?: boolean;
}

function bookedOn(taken: readonly TakenTime[], serviceId: number, date: OfficeDate): number {
  return taken.filter((t) => t.serviceId === serviceId && officeDate(t.startsAt) === date).length;
}

/**
 * Bookings the daily cap still allows on a date; null without a cap.
 * @example capLeft(query, '2026-11-24') // 2 with a cap of 5 and three bookings of the service that day
 */
export function capLeft(query: SlotQuery, date: OfficeDate): number | null {
  const cap = query.policy.dailyCap;
  return cap === null ? null : Math.max(0, cap - bookedOn(query.taken, query.serviceId, date));
}

/**
 * Every free slot of every desk on one date, by start then desk: inside a schedule row and the
 * place's hours, not kept for walk-ins, within the booking window, not overlapping taken desk time,
 * and none at all once the day's cap is reached.
 * @example freeDeskSlots(query, '2026-11-24')[0] // { id: 's1-d7-20261124T0800Z', deskId: 7, time: '09:00', … }
 */
export function freeDeskSlots(query: SlotQuery, date: OfficeDate, options: SlotOptions = {}): DeskSlot[] {
  const window = bookingWindow(query.now, query.policy);
  if (date < window.firstDate || date > window.lastDate) return [];
  if (!options.ignoreCap && capLeft(query, date) === 0) return [];
  const rules = { serviceId: query.serviceId, durationMinutes: query.durationMinutes, walkInPercent: query.policy.walkInPercent };
  const free: DeskSlot[] = [];
  // Only the day's desk time can overlap the day's slots (visits lie within opening hours): narrowing
  // first keeps the overlap test small however many days of bookings the query carries.
  const dayTaken = options.ignoreTaken ? [] : query.taken.filter((t) => officeDate(t.startsAt) === date || officeDate(t.endsAt) === date);
  for (const desk of query.desks) {
    const taken = dayTaken.filter((t) => t.deskId === desk.id);
    for (const slot of deskGrid(desk, query.schedules, rules, date)) {
      if (!slot.withinHours || slot.keptForWalkIns || slot.startsAt < window.earliestStart) continue;
      if (taken.some((t) => t.startsAt < slot.endsAt && slot.startsAt < t.endsAt)) continue;
      free.push({ id: slotId({ serviceId: query.serviceId, deskId: desk.id, startsAt: slot.startsAt }), deskId: desk.id, startsAt: slot.startsAt, endsAt: slot.endsAt, time: officeTime(slot.startsAt) });
    }
  }
  return free.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.deskId - b.deskId);
}

/**
 * The free times of a service per day from `from` to `to` (inclusive), each with the desks that can
 * take it and the day's count for the day list. Days outside the booking window are listed empty.
 * @example
 * // Desk 7 Mon–Fri 08:00–12:00, desk 8 Tuesdays 10:00–14:00, 30-minute slots, the week of 23 November 2026:
 * freeSlots({ serviceId: 1, durationMinutes: 30, schedules, desks, taken: [], policy, now, from: '2026-11-23', to: '2026-11-29' })
 *   .map((d) => d.freeCount) // [8, 12, 8, 8, 8, 0, 0]
 */
export function freeSlots(query: SlotQuery): SlotDay[] {
  const days: SlotDay[] = [];
  for (let date = query.from; date <= query.to; date = addDays(date, 1)) {
    const byStart = new Map<number, FreeTime>();
    for (const slot of freeDeskSlots(query, date)) {
      const time = byStart.get(slot.startsAt.getTime());
      if (time) time.deskIds.push(slot.deskId);
      else byStart.set(slot.startsAt.getTime(), { startsAt: slot.startsAt, endsAt: slot.endsAt, time: slot.time, deskIds: [slot.deskId] });
    }
    const times = [...byStart.values()];
    days.push({ date, times, freeCount: times.length, capLeft: capLeft(query, date) });
  }
  return days;
}
