import { addDays, officeDate, officeTime, type OfficeDate, type OfficeTime } from '../organisation/index.ts';
import type { BookingDesk, BookingSchedule, SlotPolicy, SlotQuery, TakenTime } from './schedule.ts';
import { deskGrid } from './slot-grid.ts';
import { slotId } from './slot-id.ts';
import { MINUTE } from '../shared/time.ts';

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

/**
 * Which days and starts are bookable at an instant: from today (Warsaw) to today + the horizon,
 * starting no sooner than the minimum notice.
 * @example bookingWindow(new Date('2026-11-24T08:00:00Z'), { horizonDays: 30, minimumNoticeMinutes: 120, dailyCap: null, walkInPercent: 30 })
 *   // { firstDate: '2026-11-24', lastDate: '2026-12-24', earliestStart: 2026-11-24T10:00:00.000Z }
 */
export function bookingWindow(now: Date, policy: SlotPolicy): BookingWindow {
  const today = officeDate(now);
  return {
    firstDate: today,
    lastDate: addDays(today, policy.horizonDays),
    earliestStart: new Date(now.getTime() + policy.minimumNoticeMinutes * MINUTE),
  };
}

/** What `freeDeskSlots` may leave out of account, so a refusal can say why a time is not offered. */
export interface SlotOptions {
  ignoreTaken?: boolean;
  ignoreCap?: boolean;
}

/** A day's taken desk time: what touches the date (starts or ends on it), and what starts on it. */
export interface DayTaken {
  touching: TakenTime[];
  starting: TakenTime[];
}

const NONE: DayTaken = { touching: [], starting: [] };

/** A query's taken desk time grouped by office day once, for a caller that asks many days of it. */
export interface TakenByDay {
  /** The list it was grouped from: used only while the query's `taken` is that very list. */
  of: readonly TakenTime[];
  days: ReadonlyMap<OfficeDate, DayTaken>;
}

/**
 * Groups taken desk time by the office days it touches.
 * @example const query = { ...slots, takenByDay: groupTakenByDay(slots.taken) };
 */
export function groupTakenByDay(taken: readonly TakenTime[]): TakenByDay {
  const days = new Map<OfficeDate, DayTaken>();
  const day = (date: OfficeDate) => {
    let found = days.get(date);
    if (!found) days.set(date, (found = { touching: [], starting: [] }));
    return found;
  };
  for (const t of taken) {
    const starts = officeDate(t.startsAt);
    const ends = officeDate(t.endsAt);
    day(starts).touching.push(t);
    day(starts).starting.push(t);
    if (ends !== starts) day(ends).touching.push(t);
  }
  return { of: taken, days };
}

function takenOn(query: SlotQuery, date: OfficeDate): DayTaken {
  const grouped = query.takenByDay?.of === query.taken ? query.takenByDay : groupTakenByDay(query.taken);
  return grouped.days.get(date) ?? NONE;
}

/**
 * Bookings the daily cap still allows on a date; null without a cap.
 * @example capLeft(query, '2026-11-24') // 2 with a cap of 5 and three bookings of the service that day
 */
export function capLeft(query: SlotQuery, date: OfficeDate): number | null {
  const cap = query.policy.dailyCap;
  return cap === null ? null : Math.max(0, cap - takenOn(query, date).starting.filter((t) => t.serviceId === query.serviceId).length);
}

/** Every slot of every desk on a date that is not taken, by start then desk: the booking window not yet applied. */
function openDeskSlots(query: SlotQuery, date: OfficeDate, dayTaken: readonly TakenTime[]): DeskSlot[] {
  const rules = { serviceId: query.serviceId, durationMinutes: query.durationMinutes, walkInPercent: query.policy.walkInPercent };
  const open: DeskSlot[] = [];
  for (const desk of query.desks) {
    const taken = dayTaken.filter((t) => t.deskId === desk.id);
    for (const slot of deskGrid(desk, query.schedules, rules, date)) {
      if (!slot.withinHours || slot.keptForWalkIns) continue;
      if (taken.some((t) => t.startsAt < slot.endsAt && slot.startsAt < t.endsAt)) continue;
      open.push({
        id: slotId({ serviceId: query.serviceId, deskId: desk.id, startsAt: slot.startsAt }),
        deskId: desk.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        time: officeTime(slot.startsAt),
      });
    }
  }
  return open.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.deskId - b.deskId);
}

/**
 * A day's open desk slots remembered for one service's settings: they are a pure function of the desks
 * with their calendars, the schedules, the duration, the walk-in share, the date and the day's taken time.
 * The app keeps one with each kept copy of a service's settings (app/booking/slot-context.ts), so a burst
 * lays each day's grid once; a query whose desks or schedules are other than the memo's is computed afresh.
 * @example const query = { ...slots, memo: new OpenSlotsMemo(slots.desks, slots.schedules) };
 */
export class OpenSlotsMemo {
  private readonly days = new Map<string, readonly DeskSlot[]>();

  constructor(
    readonly desks: readonly BookingDesk[],
    readonly schedules: readonly BookingSchedule[],
    private readonly limit = 2_000,
  ) {}

  /** The open slots of a date, remembered by the query's rules, the date and the day's taken time. */
  openSlots(query: SlotQuery, date: OfficeDate, dayTaken: readonly TakenTime[]): readonly DeskSlot[] {
    if (query.desks !== this.desks || query.schedules !== this.schedules) return openDeskSlots(query, date, dayTaken);
    const taken = dayTaken
      .map((t) => `${t.deskId}:${t.startsAt.getTime()}:${t.endsAt.getTime()}`)
      .sort()
      .join(',');
    const key = `${query.serviceId}|${query.durationMinutes}|${query.policy.walkInPercent}|${date}|${taken}`;
    let open = this.days.get(key);
    if (!open) {
      if (this.days.size >= this.limit) this.days.clear();
      open = openDeskSlots(query, date, dayTaken);
      this.days.set(key, open);
    }
    return open;
  }
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
  // Only the day's desk time can overlap the day's slots (visits lie within opening hours).
  const dayTaken = options.ignoreTaken ? [] : takenOn(query, date).touching;
  const open = query.memo ? query.memo.openSlots(query, date, dayTaken) : openDeskSlots(query, date, dayTaken);
  return open.filter((slot) => slot.startsAt >= window.earliestStart);
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
