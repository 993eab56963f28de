import Holidays from 'date-holidays';
import type { OfficeDate } from './office-time.ts';

/** Statutory days off in Poland (ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy), by a stable key. */
export const HOLIDAY_KEYS = [
  'newYear',
  'epiphany',
  'easterSunday',
  'easterMonday',
  'labourDay',
  'constitutionDay',
  'pentecost',
  'corpusChristi',
  'assumption',
  'allSaints',
  'independenceDay',
  'christmasEve',
  'christmasDay',
  'boxingDay',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export interface PublicHoliday {
  date: OfficeDate;
  /** Stable key for translations; 'other' for a day the library knows and we do not (a future law). */
  key: HolidayKey | 'other';
  /** The Polish name as the library gives it, for a key of 'other'. */
  namePl: string;
}

// date-holidays' rule strings, with any " since YYYY" suffix removed.
const KEY_BY_RULE: Record<string, HolidayKey> = {
  '01-01': 'newYear',
  '01-06': 'epiphany',
  easter: 'easterSunday',
  'easter 1': 'easterMonday',
  '05-01': 'labourDay',
  '05-03': 'constitutionDay',
  'easter 49': 'pentecost',
  'easter 60': 'corpusChristi',
  '08-15': 'assumption',
  '11-01': 'allSaints',
  '11-11': 'independenceDay',
  '12-24': 'christmasEve',
  '12-25': 'christmasDay',
  '12-26': 'boxingDay',
};

// Wigilia (24 December) is a day off from 2025 under the act of 6 December 2024 amending the act on days
// off (and, with it, the Labour Code). The library's data already holds it as public "since 2025"; a test
// pins this, so a data update that loses it fails the build rather than opening the office on Christmas Eve.
const calendar = new Holidays('PL', { types: ['public'] });
const byYear = new Map<number, ReadonlyMap<OfficeDate, PublicHoliday>>();

function holidaysOf(year: number): ReadonlyMap<OfficeDate, PublicHoliday> {
  let days = byYear.get(year);
  if (!days) {
    const map = new Map<OfficeDate, PublicHoliday>();
    for (const holiday of calendar.getHolidays(year, 'pl')) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      const rule = holiday.rule.replace(/\s+since\s+\d+$/, '');
      map.set(date, { date, key: KEY_BY_RULE[rule] ?? 'other', namePl: holiday.name });
    }
    days = map;
    byYear.set(year, days);
  }
  return days;
}

/**
 * The Polish public holiday (a statutory day off) on a date, if any. Sundays are days off anyway and
 * are listed only when they are holidays too (Easter, Pentecost).
 * @example publicHoliday('2026-06-04')?.key // 'corpusChristi'
 */
export function publicHoliday(date: OfficeDate): PublicHoliday | undefined {
  return holidaysOf(Number(date.slice(0, 4))).get(date);
}

/**
 * Every public holiday of a year, in date order.
 * @example publicHolidays(2026).length // 14
 */
export function publicHolidays(year: number): PublicHoliday[] {
  return [...holidaysOf(year).values()].sort((a, b) => a.date.localeCompare(b.date));
}
