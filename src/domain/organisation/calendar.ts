import { publicHoliday, type PublicHoliday } from './holidays.ts';
import { addDays, instantOf, isoWeekday, normaliseTime, officeDate, type OfficeDate, type OfficeTime } from './office-time.ts';
import type { Translated } from '../shared/translated.ts';

/** A text the office enters in three languages; an empty translation falls back to Polish when shown. */
/** One row of the weekly hours: ISO weekday (1 = Monday) and one interval. */
export interface WeeklyHours {
  weekday: number;
  opens: OfficeTime;
  closes: OfficeTime;
}

/** A local exception (a `calendar_exception` row): a closed day or shorter hours, for the office or one building. */
export interface CalendarException {
  /** null: the whole office. */
  buildingId: number | null;
  startsOn: OfficeDate;
  endsOn: OfficeDate;
  kind: 'closed' | 'short_hours';
  opens: OfficeTime | null;
  closes: OfficeTime | null;
  reason: Translated;
}

/** What decides the hours of one place (a building, or a unit inside one). */
export interface CalendarInput {
  /** The building the hours belong to; office-wide exceptions apply everywhere, building ones only here. */
  buildingId: number | null;
  weekly: readonly WeeklyHours[];
  exceptions: readonly CalendarException[];
}

export type ClosedReason =
  | { kind: 'holiday'; holiday: PublicHoliday }
  | { kind: 'exception'; reason: Translated }
  /** A regular day without hours (a weekend). */
  | { kind: 'no_hours' };

export type DayHours =
  | { date: OfficeDate; open: true; opens: OfficeTime; closes: OfficeTime; shortened: Translated | null }
  | { date: OfficeDate; open: false; reason: ClosedReason };

export interface NextOpening {
  date: OfficeDate;
  opens: OfficeTime;
  closes: OfficeTime;
}

/** A place's status at an instant, for the home page and the kiosks. */
export type PlaceStatus =
  | { kind: 'open'; closes: OfficeTime; shortened: Translated | null }
  | { kind: 'opens_later'; opens: OfficeTime; closes: OfficeTime; shortened: Translated | null }
  /** Closed all day for a reason worth saying: a holiday or a local exception. */
  | { kind: 'closed_today'; reason: Exclude<ClosedReason, { kind: 'no_hours' }>; next: NextOpening | null }
  /** After hours, or a regular day off. */
  | { kind: 'closed_now'; next: NextOpening | null };

/** How far ahead the next opening is looked for: longer than any plausible closure (Christmas to Epiphany). */
const NEXT_OPENING_HORIZON_DAYS = 62;

function exceptionOn(input: CalendarInput, date: OfficeDate): CalendarException | undefined {
  const applying = input.exceptions.filter(
    (e) => e.startsOn <= date && date <= e.endsOn && (e.buildingId === null || e.buildingId === input.buildingId),
  );
  // The building's own decision is more specific than the office-wide one.
  return applying.find((e) => e.buildingId !== null) ?? applying[0];
}

/**
 * The hours of a place on a date. A local exception wins over a public holiday (the office decided
 * it for that very day, e.g. shorter hours on a holiday eve), a holiday wins over the weekly hours.
 * @example hoursOn({ buildingId: 1, weekly: [{ weekday: 4, opens: '07:30', closes: '15:30' }], exceptions: [] }, '2026-06-04')
 *   // { date: '2026-06-04', open: false, reason: { kind: 'holiday', holiday: { key: 'corpusChristi', … } } }
 */
export function hoursOn(input: CalendarInput, date: OfficeDate): DayHours {
  const exception = exceptionOn(input, date);
  if (exception) {
    if (exception.kind === 'closed' || exception.opens === null || exception.closes === null) {
      return { date, open: false, reason: { kind: 'exception', reason: exception.reason } };
    }
    return {
      date,
      open: true,
      opens: normaliseTime(exception.opens),
      closes: normaliseTime(exception.closes),
      shortened: exception.reason,
    };
  }
  const holiday = publicHoliday(date);
  if (holiday) return { date, open: false, reason: { kind: 'holiday', holiday } };
  const weekday = isoWeekday(date);
  const regular = input.weekly.find((row) => row.weekday === weekday);
  if (!regular) return { date, open: false, reason: { kind: 'no_hours' } };
  return { date, open: true, opens: normaliseTime(regular.opens), closes: normaliseTime(regular.closes), shortened: null };
}

/**
 * True when the place is open at the instant (from its opening minute, until before its closing minute).
 * @example isOpenAt(calendar, new Date('2026-11-24T08:00:00Z')) // true at 09:00 in Warsaw on a Tuesday
 */
export function isOpenAt(input: CalendarInput, instant: Date): boolean {
  return statusAt(input, instant).kind === 'open';
}

/**
 * The first opening on or after a date, within two months; null when there is none (no hours at all).
 * @example nextOpening(calendar, '2026-12-24') // { date: '2026-12-28', opens: '08:00', closes: '17:00' }
 */
export function nextOpening(input: CalendarInput, from: OfficeDate): NextOpening | null {
  for (let i = 0; i < NEXT_OPENING_HORIZON_DAYS; i += 1) {
    const day = hoursOn(input, addDays(from, i));
    if (day.open) return { date: day.date, opens: day.opens, closes: day.closes };
  }
  return null;
}

/**
 * The status of a place at an instant: open until, opens later today, closed today for a reason, or
 * closed now with the next opening. Compares instants, not wall-clock strings, so it stays right on
 * the days the clocks change.
 * @example statusAt(calendar, new Date('2026-06-04T08:00:00Z')) // { kind: 'closed_today', reason: { kind: 'holiday', … }, next: { date: '2026-06-05', … } }
 */
export function statusAt(input: CalendarInput, instant: Date): PlaceStatus {
  const date = officeDate(instant);
  const day = hoursOn(input, date);
  const later = () => nextOpening(input, addDays(date, 1));
  if (!day.open) {
    if (day.reason.kind === 'no_hours') return { kind: 'closed_now', next: later() };
    return { kind: 'closed_today', reason: day.reason, next: later() };
  }
  const at = instant.getTime();
  if (at < instantOf(date, day.opens).getTime())
    return { kind: 'opens_later', opens: day.opens, closes: day.closes, shortened: day.shortened };
  if (at < instantOf(date, day.closes).getTime()) return { kind: 'open', closes: day.closes, shortened: day.shortened };
  return { kind: 'closed_now', next: later() };
}

/**
 * The actual hours of the days from a date on (holidays and exceptions included), for a week's table.
 * @example daysFrom(calendar, '2026-12-21', 7).map((d) => d.open) // [true, true, true, false, false, false, false]
 */
export function daysFrom(input: CalendarInput, from: OfficeDate, count: number): DayHours[] {
  return Array.from({ length: count }, (_, i) => hoursOn(input, addDays(from, i)));
}

/**
 * The regular weekly hours, Monday to Sunday, null for a day without hours.
 * @example weeklySchedule([{ weekday: 1, opens: '08:00:00', closes: '17:00:00' }])[0] // { weekday: 1, hours: { opens: '08:00', closes: '17:00' } }
 */
export function weeklySchedule(
  weekly: readonly WeeklyHours[],
): { weekday: number; hours: { opens: OfficeTime; closes: OfficeTime } | null }[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const row = weekly.find((r) => r.weekday === weekday);
    return { weekday, hours: row ? { opens: normaliseTime(row.opens), closes: normaliseTime(row.closes) } : null };
  });
}

/**
 * The calendar functions bound to one place, for modules that ask many questions of it (booking, queue).
 * @example const hours = placeCalendar(input); if (hours.isOpenAt(clock.now())) issueTicket();
 */
export function placeCalendar(input: CalendarInput) {
  return {
    hoursOn: (date: OfficeDate) => hoursOn(input, date),
    isOpenAt: (instant: Date) => isOpenAt(input, instant),
    statusAt: (instant: Date) => statusAt(input, instant),
    nextOpening: (from: OfficeDate) => nextOpening(input, from),
    daysFrom: (from: OfficeDate, count: number) => daysFrom(input, from, count),
  };
}
