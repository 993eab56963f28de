import type { Locale } from './catalog.ts';

import { OFFICE_TIME_ZONE } from '../../domain/organisation/time-zone.ts';

export { OFFICE_TIME_ZONE };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The `Intl.DateTimeFormat` for a locale and options, made once and kept: making one costs far more than
 * formatting with it (it was among the top CPU costs of a busy node). The options are taken as given, so
 * name the time zone.
 * @example dateTimeFormat('pl', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(at) // '14:05'
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * The `Intl.NumberFormat` for a locale and options, made once and kept (as `dateTimeFormat`).
 * @example numberFormat('pl', { maximumFractionDigits: 1 }).format(2.25) // '2,3'
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** "24.11.2026, 14:05" in the office's time zone. */
export function formatDateTime(locale: Locale, at: Date): string {
  return dateTimeFormat(locale, { timeZone: OFFICE_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(at);
}

/** "24 listopada 2026" for a calendar date 'YYYY-MM-DD' (no time zone shift). */
export function formatDate(locale: Locale, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "15:30" from '15:30:00'. */
export function formatTime(time: string): string {
  return time.slice(0, 5);
}

/** Weekday name, ISO numbering (1 = Monday). */
export function weekdayName(locale: Locale, isoWeekday: number): string {
  // 2024-01-01 was a Monday.
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));
}
