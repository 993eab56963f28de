import type { CalendarInput } from '../../domain/organisation/calendar.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** Where the video interpreter is: the configured room, else the first building with a video interpreter. */
export interface InterpreterPlace {
  buildingId: number;
  building: string;
  street: string;
  postalCode: string;
  city: string;
  room: { number: string; name: string; floor: number } | null;
}

/**
 * The place of the video interpreter: the room set in the Information Point's settings (its building), or else a
 * building marked as having the video interpreter; null when the office has neither.
 * @example (await interpreterPlace(db, 1, 3))?.street // 'ul. Szkolna 28'
 */
export async function interpreterPlace(db: Db | Tx, officeId: number, roomId: number | null): Promise<InterpreterPlace | null> {
  if (roomId !== null) {
    const row = await db
      .selectFrom('room')
      .innerJoin('building', 'building.id', 'room.building_id')
      .select(['building.id', 'building.name', 'street', 'postal_code', 'city', 'room.number', 'room.name as roomName', 'room.floor'])
      .where('room.id', '=', roomId)
      .where('building.office_id', '=', officeId)
      .executeTakeFirst();
    if (row)
      return {
        buildingId: row.id,
        building: row.name,
        street: row.street,
        postalCode: row.postal_code,
        city: row.city,
        room: { number: row.number, name: row.roomName, floor: row.floor },
      };
  }
  const building = await db
    .selectFrom('building')
    .select(['id', 'name', 'street', 'postal_code', 'city'])
    .where('office_id', '=', officeId)
    .where('sign_language_video', '=', true)
    .orderBy('id')
    .executeTakeFirst();
  if (!building) return null;
  return {
    buildingId: building.id,
    building: building.name,
    street: building.street,
    postalCode: building.postal_code,
    city: building.city,
    room: null,
  };
}

/**
 * A building's calendar: its weekly hours and the exceptions of the office and of the building.
 * @example const calendar = await buildingCalendar(db, 1, 2);
 */
export async function buildingCalendar(db: Db | Tx, officeId: number, buildingId: number): Promise<CalendarInput> {
  const [hours, exceptions] = await Promise.all([
    db
      .selectFrom('opening_hours')
      .select(['weekday', 'opens', 'closes'])
      .where('office_id', '=', officeId)
      .where('building_id', '=', buildingId)
      .where('unit_id', 'is', null)
      .execute(),
    db
      .selectFrom('calendar_exception')
      .select([
        'building_id as buildingId',
        'starts_on as startsOn',
        'ends_on as endsOn',
        'kind',
        'opens',
        'closes',
        translatedColumn('reason').as('reason'),
      ])
      .where('office_id', '=', officeId)
      .where((eb) => eb.or([eb('building_id', 'is', null), eb('building_id', '=', buildingId)]))
      .execute(),
  ]);
  return { buildingId, weekly: hours, exceptions };
}
