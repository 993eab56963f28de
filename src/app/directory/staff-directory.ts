import { sql } from 'kysely';
import { awayOn } from '../../domain/directory/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

export interface DirectoryEntry {
  staffId: number;
  fullName: string;
  position: string;
  room: string | null;
  extension: string;
  /** The names of the matters handled: the ones listed, or every service of the unit when none is. */
  matters: Translated[];
  awayToday: boolean;
}

export interface UnitDirectory {
  id: number;
  code: string;
  name: Translated;
  phone: string;
  buildingName: string | null;
  room: string | null;
  staff: DirectoryEntry[];
}

export interface UnitChoiceLine {
  id: number;
  code: string;
  name: Translated;
  people: number;
}

/**
 * The office's units with how many active staff the phone directory lists in each.
 * @example const units = await directoryUnits(deps);
 */
export async function directoryUnits(deps: UseCaseDeps): Promise<UnitChoiceLine[]> {
  const rows = await deps.db
    .selectFrom('unit')
    .leftJoin('staff', (join) => join.onRef('staff.unit_id', '=', 'unit.id').on('staff.active', '=', true))
    .select((eb) => ['unit.id', 'unit.code', translatedColumn('unit.name').as('name'), eb.fn.count<string>('staff.id').as('people')])
    .where('unit.office_id', '=', deps.actor.officeId)
    .groupBy('unit.id')
    .orderBy('unit.code')
    .execute();
  return rows.map((r) => ({ ...r, people: Number(r.people) }));
}

/**
 * One unit's page of the phone directory (printable): its phone and room, and each active member of staff
 * with room, extension, the matters they handle and whether they are away today.
 * @example const unit = await unitDirectory(deps, 2);
 */
export async function unitDirectory(deps: UseCaseDeps, unitId: number): Promise<UnitDirectory> {
  const { db } = deps;
  const officeId = deps.actor.officeId;
  const unit = await db
    .selectFrom('unit')
    .leftJoin('building', 'building.id', 'unit.building_id')
    .leftJoin('room', 'room.id', 'unit.room_id')
    .select([
      'unit.id',
      'unit.code',
      translatedColumn('unit.name').as('name'),
      'unit.phone',
      'building.name as buildingName',
      'room.number as room',
    ])
    .where('unit.office_id', '=', officeId)
    .where('unit.id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw notFound();
  const today = officeDate(deps.clock.now());
  const [staff, listed, unitServices, absences] = await Promise.all([
    db
      .selectFrom('staff')
      .leftJoin('room', 'room.id', 'staff.room_id')
      .select([
        'staff.id as staffId',
        'staff.full_name as fullName',
        'staff.position',
        'room.number as room',
        'staff.phone_extension as extension',
      ])
      .where('staff.office_id', '=', officeId)
      .where('staff.unit_id', '=', unitId)
      .where('staff.active', '=', true)
      .orderBy('staff.full_name')
      .execute(),
    db
      .selectFrom('staff_service')
      .innerJoin('staff', 'staff.id', 'staff_service.staff_id')
      .innerJoin('service', 'service.id', 'staff_service.service_id')
      .select(['staff.id as staffId', translatedColumn('service.name').as('name')])
      .where('staff.unit_id', '=', unitId)
      .orderBy('service.ticket_letter')
      .execute(),
    db
      .selectFrom('service')
      .select([translatedColumn('service.name').as('name')])
      .where('unit_id', '=', unitId)
      .where('active', '=', true)
      .orderBy('ticket_letter')
      .execute(),
    db
      .selectFrom('staff_absence')
      .innerJoin('staff', 'staff.id', 'staff_absence.staff_id')
      .select(['staff.id as staffId', 'staff_absence.starts_on as startsOn', 'staff_absence.ends_on as endsOn'])
      .where('staff.unit_id', '=', unitId)
      .where('staff_absence.starts_on', '<=', today)
      .where('staff_absence.ends_on', '>=', sql<string>`${today}::date`)
      .execute(),
  ]);
  return {
    ...unit,
    staff: staff.map((person) => {
      const own = listed.filter((l) => l.staffId === person.staffId).map((l) => l.name);
      return {
        ...person,
        matters: own.length > 0 ? own : unitServices.map((s) => s.name),
        awayToday: awayOn(
          absences.filter((a) => a.staffId === person.staffId),
          today,
        ),
      };
    }),
  };
}
