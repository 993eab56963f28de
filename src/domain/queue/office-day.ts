import { Temporal } from 'temporal-polyfill';

/** The office's time zone: the day's numbering, opening hours and bookings all follow the wall clock here. */
export const OFFICE_TIME_ZONE = 'Europe/Warsaw';

function zoned(at: Date): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(OFFICE_TIME_ZONE);
}

/**
 * The office day ('YYYY-MM-DD') an instant belongs to: ticket numbering restarts at midnight Warsaw time,
 * so 23:30 UTC on a summer evening already belongs to the next day.
 * @example officeDayOf(new Date('2026-07-01T22:30:00Z')) // '2026-07-02'
 * @example officeDayOf(new Date('2026-01-01T22:30:00Z')) // '2026-01-01'
 */
export function officeDayOf(at: Date): string {
  return zoned(at).toPlainDate().toString();
}

/**
 * The instants an office day starts and ends at (end exclusive): 24 hours long on most days,
 * 23 on the last Sunday of March and 25 on the last Sunday of October.
 * @example officeDayBounds('2026-03-29') // { start: 2026-03-28T23:00:00Z, end: 2026-03-29T22:00:00Z }
 */
export function officeDayBounds(day: string): { start: Date; end: Date } {
  const start = Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: OFFICE_TIME_ZONE });
  return {
    start: new Date(start.epochMilliseconds),
    end: new Date(start.add({ days: 1 }).epochMilliseconds),
  };
}

/**
 * The wall-clock time in the office at an instant, as minutes after midnight (0–1439), with the day
 * and the ISO weekday (1 = Monday … 7 = Sunday) that opening hours are kept by.
 * @example officeClockOf(new Date('2026-11-24T07:30:00Z')) // { day: '2026-11-24', weekday: 2, minutes: 510 }
 */
export function officeClockOf(at: Date): { day: string; weekday: number; minutes: number } {
  const time = zoned(at);
  return { day: time.toPlainDate().toString(), weekday: time.dayOfWeek, minutes: time.hour * 60 + time.minute };
}
