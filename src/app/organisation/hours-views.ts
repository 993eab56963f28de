import type { WeeklyHours } from '../../domain/organisation/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import type { HoursScope } from './set-opening-hours.ts';

/** A local exception to the calendar as the administrator lists it. */
export interface CalendarExceptionView {
  id: number;
  /** null: the whole office. */
  buildingName: string | null;
  startsOn: string;
  endsOn: string;
  kind: 'closed' | 'short_hours';
  opens: string | null;
  closes: string | null;
  reason: Translated;
}

/** Whose weekly hours a grid sets: a building by its name, or a unit by its code and name. */
export type HoursOwner = { kind: 'building'; name: string } | { kind: 'unit'; code: string; name: Translated };

/**
 * The office's local calendar exceptions, earliest first.
 * @example const exceptions = await listCalendarExceptions(deps);
 */
export async function listCalendarExceptions(deps: UseCaseDeps): Promise<CalendarExceptionView[]> {
  return deps.db
    .selectFrom('calendar_exception')
    .leftJoin('building', 'building.id', 'calendar_exception.building_id')
    .select([
      'calendar_exception.id',
      'building.name as buildingName',
      'calendar_exception.starts_on as startsOn',
      'calendar_exception.ends_on as endsOn',
      'calendar_exception.kind',
      'calendar_exception.opens',
      'calendar_exception.closes',
      translatedColumn('calendar_exception.reason').as('reason'),
    ])
    .where('calendar_exception.office_id', '=', deps.actor.officeId)
    .orderBy('calendar_exception.starts_on')
    .execute();
}

/**
 * The building or unit whose hours a grid sets; undefined when it is not the office's.
 * @example const owner = await findHoursOwner(deps, { kind: 'unit', id: 2 }); // { kind: 'unit', code: 'WSO', name: { pl: … } }
 */
export async function findHoursOwner(deps: UseCaseDeps, scope: HoursScope): Promise<HoursOwner | undefined> {
  const officeId = deps.actor.officeId;
  if (scope.kind === 'building') {
    const building = await deps.db
      .selectFrom('building')
      .select('name')
      .where('office_id', '=', officeId)
      .where('id', '=', scope.id)
      .executeTakeFirst();
    return building && { kind: 'building', name: building.name };
  }
  const unit = await deps.db
    .selectFrom('unit')
    .select(['code', translatedColumn('unit.name').as('name')])
    .where('office_id', '=', officeId)
    .where('id', '=', scope.id)
    .executeTakeFirst();
  return unit && { kind: 'unit', ...unit };
}

/**
 * The saved weekly hours of a building or a unit, by weekday; a weekday without hours is closed.
 * @example const week = await readWeeklyHours(deps, { kind: 'building', id: 1 }); // [{ weekday: 1, opens: '07:30:00', closes: '15:30:00' }, …]
 */
export async function readWeeklyHours(deps: UseCaseDeps, scope: HoursScope): Promise<WeeklyHours[]> {
  return deps.db
    .selectFrom('opening_hours')
    .select(['weekday', 'opens', 'closes'])
    .where('office_id', '=', deps.actor.officeId)
    .where(scope.kind === 'building' ? 'building_id' : 'unit_id', '=', scope.id)
    .orderBy('weekday')
    .execute();
}
