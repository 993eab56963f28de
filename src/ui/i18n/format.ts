import type { Locale } from './catalog.ts';

import { OFFICE_TIME_ZONE } from '../../domain/organisation/time-zone.ts';

export { OFFICE_TIME_ZONE };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: OFFICE_TIME_ZONE, ...options });
    cache.set(key, f);
  }
  return f;
}

/** "24.11.2026, 14:05" in the office's time zone. */
export function formatDateTime(locale: Locale, at: Date): string {
  return formatter(locale, { dateStyle: 'short', timeStyle: 'short' }).format(at);
}

/** "24 listopada 2026" for a calendar date 'YYYY-MM-DD' (no time zone shift). */
export function formatDate(locale: Locale, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "15:30" from '15:30:00'. */
export function formatTime(time: string): string {
  return time.slice(0, 5);
}

/** Weekday name, ISO numbering (1 = Monday). */
export function weekdayName(locale: Locale, isoWeekday: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));
}
