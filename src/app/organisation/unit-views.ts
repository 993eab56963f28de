import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A unit in the administrator's list, with where it is. */
export interface UnitListItem {
  id: number;
  code: string;
  name: Translated;
  buildingName: string | null;
  roomNumber: string | null;
  phone: string;
}

/** A unit as its form edits it. */
export interface UnitDetails {
  id: number;
  code: string;
  name: Translated;
  buildingId: number | null;
  roomId: number | null;
  phone: string;
  email: string;
}

/**
 * The office's units by code.
 * @example const units = await listUnits(deps);
 */
export async function listUnits(deps: UseCaseDeps): Promise<UnitListItem[]> {
  return deps.db
    .selectFrom('unit')
    .leftJoin('building', 'building.id', 'unit.building_id')
    .leftJoin('room', 'room.id', 'unit.room_id')
    .select([
      'unit.id',
      'unit.code',
      translatedColumn('unit.name').as('name'),
      'building.name as buildingName',
      'room.number as roomNumber',
    ])
    .select('unit.phone')
    .where('unit.office_id', '=', deps.actor.officeId)
    .orderBy('unit.code')
    .execute();
}

/**
 * One unit of the office; undefined when it is not the office's.
 * @example const unit = await findUnit(deps, 2); unit?.code // 'WSO'
 */
export async function findUnit(deps: UseCaseDeps, id: number): Promise<UnitDetails | undefined> {
  return deps.db
    .selectFrom('unit')
    .select(['id', 'code', translatedColumn('unit.name').as('name'), 'building_id as buildingId', 'room_id as roomId', 'phone', 'email'])
    .where('office_id', '=', deps.actor.officeId)
    .where('id', '=', id)
    .executeTakeFirst();
}
