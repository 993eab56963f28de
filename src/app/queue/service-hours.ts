import { hoursOn, type CalendarInput } from '../../domain/organisation/index.ts';
import type { HoursToday } from '../../domain/queue/index.ts';
import type { Db, Tx } from '../../storage/database.ts';

/**
 * The calendar of the place where a unit serves: the unit's own weekly hours when it has any (some units
 * stop before the building closes), else its building's; exceptions of the office and of that building.
 * @example const calendar = await unitCalendar(tx, officeId, unitId);
 */
export async function unitCalendar(db: Db | Tx, officeId: number, unitId: number): Promise<CalendarInput> {
  const unit = await db.selectFrom('unit').select(['building_id']).where('id', '=', unitId).executeTakeFirstOrThrow();
  const buildingId = unit.building_id;
  const rows = await db.selectFrom('opening_hours').select(['unit_id', 'building_id', 'weekday', 'opens', 'closes'])
    .where('office_id', '=', officeId)
    .where((eb) => eb.or([eb('unit_id', '=', unitId), ...(buildingId === null ? [] : [eb('building_id', '=', buildingId)])]))
    .execute();
  const own = rows.filter((r) => r.unit_id === unitId);
  const weekly = (own.length > 0 ? own : rows.filter((r) => r.building_id === buildingId && r.unit_id === null))
    .map((r) => ({ weekday: r.weekday, opens: r.opens, closes: r.closes }));
  const exceptions = await db.selectFrom('calendar_exception').selectAll()
    .where('office_id', '=', officeId)
    .where((eb) => eb.or([eb('building_id', 'is', null), ...(buildingId === null ? [] : [eb('building_id', '=', buildingId)])]))
    .execute();
  return {
    buildingId,
    weekly,
    exceptions: exceptions.map((e) => ({
      buildingId: e.building_id, startsOn: e.starts_on, endsOn: e.ends_on, kind: e.kind, opens: e.opens, closes: e.closes,
      reason: { pl: e.reason_pl, en: e.reason_en, uk: e.reason_uk },
    })),
  };
}

/**
 * The hours of a unit's services on an office date, in the shape the issuing rules take.
 * @example decideIssue(rules, await serviceHoursOn(tx, officeId, unitId, '2026-11-24'), request)
 */
export async function serviceHoursOn(db: Db | Tx, officeId: number, unitId: number, date: string): Promise<HoursToday> {
  const day = hoursOn(await unitCalendar(db, officeId, unitId), date);
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
