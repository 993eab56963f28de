import { Temporal } from 'temporal-polyfill';

import { OFFICE_TIME_ZONE } from './time-zone.ts';

export { OFFICE_TIME_ZONE };

/** A calendar date in the office, 'YYYY-MM-DD'. */
export type OfficeDate = string;
/** A wall-clock time in the office, 'HH:MM' (a trailing ':SS' from the database is accepted and ignored). */
export type OfficeTime = string;

function zoned(instant: Date): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(OFFICE_TIME_ZONE);
}

// Time-zone arithmetic is the costliest step of computing free times (thousands of calls per request).
// These are pure functions of their arguments, so their answers are remembered; each table is emptied
// when it grows large, which bounds memory without changing any answer.
const REMEMBERED = 20_000;
const wallClocks = new Map<number, { date: OfficeDate; time: OfficeTime }>();
const instants = new Map<string, number>();

function remember<K, V>(table: Map<K, V>, key: K, value: V): V {
  if (table.size >= REMEMBERED) table.clear();
  table.set(key, value);
  return value;
}

/** Date and minute in Warsaw of an instant; offsets are whole hours, so the minute decides both. */
function wallClock(instant: Date): { date: OfficeDate; time: OfficeTime } {
  const ms = instant.getTime();
  const minute = Math.floor(ms / 60_000);
  const known = wallClocks.get(minute);
  if (known) return known;
  const time = zoned(new Date(minute * 60_000));
  return remember(wallClocks, minute, {
    date: time.toPlainDate().toString(),
    time: time.toPlainTime().toString({ smallestUnit: 'minute' }),
  });
}

/**
 * The office's calendar date at an instant (Warsaw time, not UTC).
 * @example officeDate(new Date('2026-03-28T23:30:00Z')) // '2026-03-29' (00:30 in Warsaw)
 */
export function officeDate(instant: Date): OfficeDate {
  return wallClock(instant).date;
}

/**
 * The office's wall-clock time at an instant, 'HH:MM'.
 * @example officeTime(new Date('2026-10-25T01:30:00Z')) // '02:30' (the second 02:30 of that night)
 */
export function officeTime(instant: Date): OfficeTime {
  return wallClock(instant).time;
}

/**
 * The instant of a wall-clock time on an office date. A time that does not exist (the hour skipped
 * in March) moves forward by the gap; a time that occurs twice (the hour repeated in October) is
 * its first occurrence — the same choice as the 'compatible' rule of RFC 5545 calendars.
 * @example instantOf('2026-03-29', '02:30').toISOString() // '2026-03-29T01:30:00.000Z' (03:30 CEST)
 */
export function instantOf(date: OfficeDate, time: OfficeTime): Date {
  const key = `${date}T${normaliseTime(time)}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  const zonedDateTime = Temporal.PlainDate.from(date).toZonedDateTime({
    timeZone: OFFICE_TIME_ZONE,
    plainTime: Temporal.PlainTime.from(normaliseTime(time)),
  });
  return new Date(remember(instants, key, zonedDateTime.epochMilliseconds));
}

/**
 * 'HH:MM' from 'HH:MM' or 'HH:MM:SS'.
 * @example normaliseTime('07:30:00') // '07:30'
 */
export function normaliseTime(time: string): OfficeTime {
  return time.slice(0, 5);
}

const DAY_MS = 86_400_000;

/**
 * Midnight UTC of a calendar date, as milliseconds: plain calendar arithmetic (no time zone is involved
 * in counting days), much cheaper than Temporal in the free-time loops. A string that is not a real date
 * is a RangeError, as Temporal's.
 */
function utcMidnight(date: OfficeDate): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
    : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return ms;
}

/**
 * ISO weekday of a date: 1 = Monday … 7 = Sunday.
 * @example isoWeekday('2026-06-04') // 4 (Thursday)
 */
export function isoWeekday(date: OfficeDate): number {
  return ((new Date(utcMidnight(date)).getUTCDay() + 6) % 7) + 1;
}

/**
 * The date a number of days later (or earlier, when negative).
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(date: OfficeDate, days: number): OfficeDate {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}
