import { Temporal } from 'temporal-polyfill';

/** Every office of this system keeps Polish time; the rules below assume it. */
export const OFFICE_TIME_ZONE = 'Europe/Warsaw';

/** A calendar date in the office, 'YYYY-MM-DD'. */
export type OfficeDate = string;
/** A wall-clock time in the office, 'HH:MM' (a trailing ':SS' from the database is accepted and ignored). */
export type OfficeTime = string;

function zoned(instant: Date): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(OFFICE_TIME_ZONE);
}

/**
 * The office's calendar date at an instant (Warsaw time, not UTC).
 * @example officeDate(new Date('2026-03-28T23:30:00Z')) // '2026-03-29' (00:30 in Warsaw)
 */
export function officeDate(instant: Date): OfficeDate {
  return zoned(instant).toPlainDate().toString();
}

/**
 * The office's wall-clock time at an instant, 'HH:MM'.
 * @example officeTime(new Date('2026-10-25T01:30:00Z')) // '02:30' (the second 02:30 of that night)
 */
export function officeTime(instant: Date): OfficeTime {
  return zoned(instant).toPlainTime().toString({ smallestUnit: 'minute' });
}

/**
 * The instant of a wall-clock time on an office date. A time that does not exist (the hour skipped
 * in March) moves forward by the gap; a time that occurs twice (the hour repeated in October) is
 * its first occurrence — the same choice as the 'compatible' rule of RFC 5545 calendars.
 * @example instantOf('2026-03-29', '02:30').toISOString() // '2026-03-29T01:30:00.000Z' (03:30 CEST)
 */
export function instantOf(date: OfficeDate, time: OfficeTime): Date {
  const zonedDateTime = Temporal.PlainDate.from(date).toZonedDateTime({
    timeZone: OFFICE_TIME_ZONE,
    plainTime: Temporal.PlainTime.from(normaliseTime(time)),
  });
  return new Date(zonedDateTime.epochMilliseconds);
}

/**
 * 'HH:MM' from 'HH:MM' or 'HH:MM:SS'.
 * @example normaliseTime('07:30:00') // '07:30'
 */
export function normaliseTime(time: string): OfficeTime {
  return time.slice(0, 5);
}

/**
 * ISO weekday of a date: 1 = Monday … 7 = Sunday.
 * @example isoWeekday('2026-06-04') // 4 (Thursday)
 */
export function isoWeekday(date: OfficeDate): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

/**
 * The date a number of days later (or earlier, when negative).
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(date: OfficeDate, days: number): OfficeDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}
