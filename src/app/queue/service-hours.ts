import { hoursOn, type CalendarInput } from '../../domain/organisation/index.ts';
import type { HoursToday } from '../../domain/queue/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/**
 * The calendar of the place where a unit serves: the unit's own weekly hours when it has any (some units
 * stop before the building closes), else its building's; exceptions of the office and of that building.
 * @example const calendar = await unitCalendar(tx, officeId, unitId);
 */
export async function unitCalendar(db: Db | Tx, officeId: number, unitId: number): Promise<CalendarInput> {
  const unit = await db.selectFrom('unit').select(['building_id']).where('id', '=', unitId).executeTakeFirstOrThrow();
  const buildingId = unit.building_id;
  const rows = await db
    .selectFrom('opening_hours')
    .select(['unit_id', 'building_id', 'weekday', 'opens', 'closes'])
    .where('office_id', '=', officeId)
    .where((eb) => eb.or([eb('unit_id', '=', unitId), ...(buildingId === null ? [] : [eb('building_id', '=', buildingId)])]))
    .execute();
  const exceptions = await db
    .selectFrom('calendar_exception')
    .select(['building_id', 'starts_on', 'ends_on', 'kind', 'opens', 'closes', translatedColumn('reason').as('reason')])
    .where('office_id', '=', officeId)
    .where((eb) => eb.or([eb('building_id', 'is', null), ...(buildingId === null ? [] : [eb('building_id', '=', buildingId)])]))
    .execute();
  return calendarFromRows(unitId, buildingId, rows, exceptions);
}

export interface HoursRow {
  unit_id: number | null;
  building_id: number | null;
  weekday: number;
  opens: string;
  closes: string;
}
export interface ExceptionRow {
  building_id: number | null;
  starts_on: string;
  ends_on: string;
  kind: 'closed' | 'short_hours';
  opens: string | null;
  closes: string | null;
  reason: Translated;
}

/**
 * A unit's calendar from the rows read for it: the unit's own weekly hours when it has any, else its
 * building's, and the exceptions of the office and of that building.
 * @example calendarFromRows(3, 1, hourRows, exceptionRows) // { buildingId: 1, weekly: [...], exceptions: [...] }
 */
export function calendarFromRows(
  unitId: number,
  buildingId: number | null,
  rows: readonly HoursRow[],
  exceptions: readonly ExceptionRow[],
): CalendarInput {
  const own = rows.filter((r) => r.unit_id === unitId);
  const weekly = (own.length > 0 ? own : rows.filter((r) => r.building_id === buildingId && r.unit_id === null)).map((r) => ({
    weekday: r.weekday,
    opens: r.opens,
    closes: r.closes,
  }));
  return {
    buildingId,
    weekly,
    exceptions: exceptions.map((e) => ({
      buildingId: e.building_id,
      startsOn: e.starts_on,
      endsOn: e.ends_on,
      kind: e.kind,
      opens: e.opens,
      closes: e.closes,
      reason: e.reason,
    })),
  };
}

/**
 * The hours of a unit's services on an office date, in the shape the issuing rules take.
 * @example decideIssue(rules, await serviceHoursOn(tx, officeId, unitId, '2026-11-24'), request)
 */
export async function serviceHoursOn(db: Db | Tx, officeId: number, unitId: number, date: string): Promise<HoursToday> {
  return hoursTodayOf(await unitCalendar(db, officeId, unitId), date);
}

/**
 * The hours of a calendar on an office date, in the shape the issuing rules take.
 * @example hoursTodayOf(calendar, '2026-11-24') // { open: true, opens: '07:30', closes: '15:30' }
 */
export function hoursTodayOf(calendar: CalendarInput, date: string): HoursToday {
  const day = hoursOn(calendar, date);
  if (day.open) return { open: true, opens: day.opens, closes: day.closes };
  switch (day.reason.kind) {
    case 'holiday': {
      const name = day.reason.holiday.namePl;
      return { open: false, reason: { kind: 'public_holiday', name: { pl: name, en: name, uk: name } } };
    }
    case 'exception':
      return { open: false, reason: { kind: 'calendar_exception', reason: day.reason.reason } };
    case 'no_hours':
      return { open: false, reason: { kind: 'no_hours_on_weekday' } };
  }
}
