import { hoursOn, instantOf, isoWeekday, type OfficeDate } from '../organisation/index.ts';
import type { BookingDesk, BookingSchedule } from './schedule.ts';
import { MINUTE } from '../shared/time.ts';

/** A place on a desk's grid of the day, before bookings, notice and the cap are looked at. */
export interface GridSlot {
  deskId: number;
  startsAt: Date;
  endsAt: Date;
  /** Kept for walk-ins by the share rule: never offered online. */
  keptForWalkIns: boolean;
  /** Inside the place's hours of that day (holidays, exceptions and shorter hours applied). */
  withinHours: boolean;
}

/**
 * Whether the slot at a position (0, 1, 2 … from the start of its schedule row) is kept for walk-ins.
 * The share is spread evenly: the slot at position i is kept when ⌊(i+1)·p/100⌋ > ⌊i·p/100⌋, so of the
 * first n slots exactly ⌊n·p/100⌋ are kept (30 %: the 4th, 7th and 10th of every ten), whatever else
 * happens that day. Integer arithmetic, so the same positions are kept on every computer; counting from
 * the schedule's start (not from the first free slot) keeps the choice stable when bookings arrive or
 * an exception shortens the day.
 * @example [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((i) => keptForWalkIns(i, 30)) // [3, 6, 9]
 */
export function keptForWalkIns(position: number, percent: number): boolean {
  return Math.floor(((position + 1) * percent) / 100) > Math.floor((position * percent) / 100);
}

/** The service, its slot length and the walk-in share a desk's grid is laid for. */
export interface GridRules {
  serviceId: number;
  durationMinutes: number;
  walkInPercent: number;
}

/**
 * The grid of one desk for one service on one date: slots of the service's length, laid from the start
 * of each schedule row in real minutes (so the hour skipped or repeated at a clock change is neither
 * double-counted nor invented), ending by the row's end. A slot overlapping an earlier one of the same
 * desk (from overlapping schedule rows) is dropped, so a desk never offers two times at once.
 * @example
 * deskGrid(desk, schedules, { serviceId: 1, durationMinutes: 30, walkInPercent: 30 }, '2026-11-24')
 *   .filter((s) => s.withinHours && !s.keptForWalkIns).length // 11 of 16 for 08:00–16:00 within 07:30–15:30
 */
export function deskGrid(desk: BookingDesk, schedules: readonly BookingSchedule[], rules: GridRules, date: OfficeDate): GridSlot[] {
  const { serviceId, durationMinutes, walkInPercent } = rules;
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1)
    throw new RangeError('durationMinutes must be a whole number of 1 or more');
  if (!Number.isInteger(walkInPercent) || walkInPercent < 0 || walkInPercent > 100)
    throw new RangeError('walkInPercent must be a whole number from 0 to 100');
  const weekday = isoWeekday(date);
  const rows = schedules
    .filter((row) => row.deskId === desk.id && row.serviceId === serviceId && row.weekday === weekday)
    .map((row) => ({ start: instantOf(date, row.startsAt).getTime(), end: instantOf(date, row.endsAt).getTime() }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const hours = hoursOn(desk.calendar, date);
  const opens = hours.open ? instantOf(date, hours.opens).getTime() : 0;
  const closes = hours.open ? instantOf(date, hours.closes).getTime() : 0;
  const length = durationMinutes * MINUTE;
  const grid: GridSlot[] = [];
  let lastEnd = -Infinity;
  for (const row of rows) {
    for (let position = 0, start = row.start; start + length <= row.end; position += 1, start += length) {
      if (start < lastEnd) continue;
      lastEnd = start + length;
      grid.push({
        deskId: desk.id,
        startsAt: new Date(start),
        endsAt: new Date(start + length),
        keptForWalkIns: keptForWalkIns(position, walkInPercent),
        withinHours: hours.open && opens <= start && start + length <= closes,
      });
    }
  }
  return grid;
}
