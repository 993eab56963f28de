import { FieldCheck } from '../shared/validate.ts';
import { one, type FormValues } from './form-values.ts';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface DayHours {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  opens: string;
  closes: string;
}

/**
 * Reads the week grid: each weekday is either "closed" or opens/closes as HH:MM. Returns the open days only.
 * Closing at or before opening is an error on that day's closing time.
 * @example readWeekHours({ opens_1: '08:00', closes_1: '16:00', closed_2: 'on' }) // [{ weekday: 1, opens: '08:00', closes: '16:00' }] (when 3–7 are closed too)
 */
export function readWeekHours(form: FormValues): DayHours[] {
  const v = new FieldCheck();
  const days: DayHours[] = [];
  for (const weekday of WEEKDAYS) {
    if (v.flag(one(form, `closed_${weekday}`))) continue;
    const opens = v.time(`opens_${weekday}`, one(form, `opens_${weekday}`));
    const closes = v.time(`closes_${weekday}`, one(form, `closes_${weekday}`));
    if (opens === null || closes === null) continue;
    if (closes <= opens) v.fail(`closes_${weekday}`, 'admin.errors.closesBeforeOpens');
    else days.push({ weekday, opens, closes });
  }
  v.done();
  return days;
}

export const EXCEPTION_KINDS = ['closed', 'short_hours'] as const;

export interface CalendarExceptionInput {
  /** null: the whole office. */
  buildingId: number | null;
  startsOn: string;
  endsOn: string;
  kind: (typeof EXCEPTION_KINDS)[number];
  opens: string | null;
  closes: string | null;
  reason: { pl: string; en: string; uk: string };
}

/**
 * Reads a local calendar exception: a closed day or shorter hours over a date range, office-wide or
 * for one building. Overlaps with another exception of the same scope are refused by the database.
 * @example readCalendarException({ building_id: '', starts_on: '2026-12-24', ends_on: '2026-12-24', kind: 'short_hours', opens: '08:00', closes: '12:00', reason_pl: 'Wigilia' })
 */
export function readCalendarException(form: FormValues): CalendarExceptionInput {
  const v = new FieldCheck();
  const startsOn = v.date('starts_on', one(form, 'starts_on'));
  const endsOn = v.date('ends_on', one(form, 'ends_on'));
  if (startsOn !== null && endsOn !== null && endsOn < startsOn) v.fail('ends_on', 'admin.errors.endsBeforeStarts');
  const kind = v.oneOf('kind', one(form, 'kind'), EXCEPTION_KINDS) ?? 'closed';
  let opens: string | null = null;
  let closes: string | null = null;
  if (kind === 'short_hours') {
    opens = v.time('opens', one(form, 'opens'));
    closes = v.time('closes', one(form, 'closes'));
    if (opens !== null && closes !== null && closes <= opens) v.fail('closes', 'admin.errors.closesBeforeOpens');
  }
  const input: CalendarExceptionInput = {
    buildingId: v.integer('building_id', one(form, 'building_id'), { min: 1, max: 2_147_483_647, optional: true }),
    startsOn: startsOn ?? '',
    endsOn: endsOn ?? '',
    kind,
    opens,
    closes,
    reason: {
      pl: v.text('reason_pl', one(form, 'reason_pl'), { max: 200 }),
      en: v.text('reason_en', one(form, 'reason_en'), { max: 200, optional: true }),
      uk: v.text('reason_uk', one(form, 'reason_uk'), { max: 200, optional: true }),
    },
  };
  v.done();
  return input;
}
