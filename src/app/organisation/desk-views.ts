import type { UseCaseDeps } from '../shared/deps.ts';

/** A desk in the administrator's list: where it is and the ticket letters it serves. */
export interface DeskListItem {
  id: number;
  number: string;
  name: string;
  buildingName: string;
  floor: number;
  roomNumber: string | null;
  /** The ticket letters of the services it serves, in order. */
  letters: string[];
  active: boolean;
}

/** A desk as its form edits it. */
export interface DeskDetails {
  id: number;
  buildingId: number;
  floor: number;
  roomId: number | null;
  number: string;
  name: string;
  active: boolean;
  serviceIds: number[];
}

/**
 * The office's desks by number.
 * @example const desks = await listDesks(deps); desks[0].letters // ['A', 'B']
 */
export async function listDesks(deps: UseCaseDeps): Promise<DeskListItem[]> {
  const officeId = deps.actor.officeId;
  const desks = await deps.db
    .selectFrom('desk')
    .innerJoin('building', 'building.id', 'desk.building_id')
    .leftJoin('room', 'room.id', 'desk.room_id')
    .select([
      'desk.id',
      'desk.number',
      'desk.name',
      'building.name as buildingName',
      'desk.floor',
      'room.number as roomNumber',
      'desk.active',
    ])
    .where('desk.office_id', '=', officeId)
    .orderBy('desk.number')
    .execute();
  const links = await deps.db
    .selectFrom('desk_service')
    .innerJoin('service', 'service.id', 'desk_service.service_id')
    .select(['desk_service.desk_id as deskId', 'service.ticket_letter as letter'])
    .where('service.office_id', '=', officeId)
    .orderBy('service.ticket_letter')
    .execute();
  return desks.map((desk) => ({ ...desk, letters: links.filter((link) => link.deskId === desk.id).map((link) => link.letter) }));
}

/**
 * One desk of the office with the services it serves; undefined when it is not the office's.
 * @example const desk = await findDesk(deps, 5); desk?.serviceIds // [2, 3]
 */
export async function findDesk(deps: UseCaseDeps, id: number): Promise<DeskDetails | undefined> {
  const desk = await deps.db
    .selectFrom('desk')
    .select(['id', 'building_id as buildingId', 'floor', 'room_id as roomId', 'number', 'name', 'active'])
    .where('office_id', '=', deps.actor.officeId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!desk) return undefined;
  const services = await deps.db.selectFrom('desk_service').select('service_id').where('desk_id', '=', id).execute();
  return { ...desk, serviceIds: services.map((s) => s.service_id) };
}
