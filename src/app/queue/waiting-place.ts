import type { Db, Tx } from '../../storage/database.ts';

/** Where a resident waits for a service: the building, floor and room of its unit (or of a desk serving it). */
export interface WaitingPlace {
  building: string;
  floor: number | null;
  room: string | null;
  /** The building's id, so a kiosk can tell that it stands in another one (absent where not read). */
  buildingId?: number | null;
}

/**
 * The waiting place of a service, for the ticket and the kiosk's answer.
 * @example await placeOfService(db, 3) // { building: 'Ratusz', floor: 0, room: 'P.01' }
 */
export async function placeOfService(db: Db | Tx, serviceId: number): Promise<WaitingPlace> {
  const unit = await db
    .selectFrom('service')
    .innerJoin('unit', 'unit.id', 'service.unit_id')
    .leftJoin('building', 'building.id', 'unit.building_id')
    .leftJoin('room', 'room.id', 'unit.room_id')
    .select(['building.name as building', 'building.id as buildingId', 'room.floor', 'room.number as room'])
    .where('service.id', '=', serviceId)
    .executeTakeFirst();
  if (unit?.building && unit.room) return { building: unit.building, floor: unit.floor, room: unit.room, buildingId: unit.buildingId };
  const desk = await db
    .selectFrom('desk_service')
    .innerJoin('desk', 'desk.id', 'desk_service.desk_id')
    .innerJoin('building', 'building.id', 'desk.building_id')
    .leftJoin('room', 'room.id', 'desk.room_id')
    .select(['building.name as building', 'building.id as buildingId', 'desk.floor', 'room.number as room'])
    .where('desk_service.service_id', '=', serviceId)
    .where('desk.active', '=', true)
    .orderBy('desk.id')
    .limit(1)
    .executeTakeFirst();
  if (desk) return { building: desk.building, floor: desk.floor, room: desk.room, buildingId: desk.buildingId };
  return { building: unit?.building ?? '', floor: unit?.floor ?? null, room: unit?.room ?? null, buildingId: unit?.buildingId ?? null };
}

/**
 * Where a desk is: its building, floor and room, for a resident called to it.
 * @example await placeOfDesk(db, 5) // { building: 'Siedziba główna', floor: 1, room: '104' }
 */
export async function placeOfDesk(db: Db | Tx, deskId: number): Promise<WaitingPlace | null> {
  const desk = await db
    .selectFrom('desk')
    .innerJoin('building', 'building.id', 'desk.building_id')
    .leftJoin('room', 'room.id', 'desk.room_id')
    .select(['building.name as building', 'desk.floor', 'room.number as room'])
    .where('desk.id', '=', deskId)
    .executeTakeFirst();
  return desk ? { building: desk.building, floor: desk.floor, room: desk.room } : null;
}
