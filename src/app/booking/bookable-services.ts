import { notFound } from '../../domain/shared/errors.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { SettingsCache } from '../../storage/settings-cache.ts';
import type { BookingContactColumn } from '../../storage/schema.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { type Translated } from '../../domain/shared/translated.ts';

export interface BookableServiceSummary {
  id: number;
  name: Translated;
  description: Translated;
  durationMinutes: number;
}

export interface BookableUnit {
  id: number;
  name: Translated;
  services: BookableServiceSummary[];
}

/** Where a booked visit takes place: the unit's room, or else the first desk that takes its bookings. */
export interface BookingPlace {
  building: string;
  street: string;
  postalCode: string;
  city: string;
  floor: number | null;
  room: string | null;
}

export interface BookingServiceDetails extends BookableServiceSummary {
  unit: { id: number; name: Translated };
  /** One item per line in each language (as on the public office pages). */
  documents: Translated;
  fees: Translated;
  payment: Translated;
  /** The service asks for the person's name. */
  needsName: boolean;
  /** Which contact details the booking form asks for. */
  contact: BookingContactColumn;
  where: BookingPlace;
}

/**
 * The first page of online booking: units with their services that can be booked now — active,
 * bookable online, and taken by at least one desk's booking schedule. Public data only.
 * @example const units = await bookableServices(deps); units[0].services[0] // { id: 3, name: { pl: 'Wniosek o dowód osobisty', … }, durationMinutes: 15 }
 */
export async function bookableServices(deps: UseCaseDeps): Promise<BookableUnit[]> {
  const rows = await deps.db
    .selectFrom('service')
    .innerJoin('unit', 'unit.id', 'service.unit_id')
    .select([
      'service.id',
      translatedColumn('service.name').as('name'),
      translatedColumn('service.description').as('description'),
      'service.booking_minutes',
      'service.typical_minutes',
      'unit.id as unitId',
      translatedColumn('unit.name').as('unitName'),
    ])
    .where('service.office_id', '=', deps.actor.officeId)
    .where('service.active', '=', true)
    .where('service.bookable_online', '=', true)
    .where((eb) =>
      eb.exists(eb.selectFrom('booking_schedule').select('booking_schedule.id').whereRef('booking_schedule.service_id', '=', 'service.id')),
    )
    .orderBy('unit.name_pl')
    .orderBy('service.name_pl')
    .execute();
  const units = new Map<number, BookableUnit>();
  for (const row of rows) {
    let unit = units.get(row.unitId);
    if (!unit) units.set(row.unitId, (unit = { id: row.unitId, name: row.unitName, services: [] }));
    unit.services.push({
      id: row.id,
      name: row.name,
      description: row.description,
      durationMinutes: row.booking_minutes ?? row.typical_minutes,
    });
  }
  return [...units.values()];
}

async function placeOfBookings(
  db: Db | Tx,
  serviceId: number,
  unit: { building_id: number | null; room_id: number | null },
): Promise<BookingPlace> {
  const columns = ['building.name as building', 'building.street', 'building.postal_code', 'building.city'] as const;
  if (unit.building_id !== null && unit.room_id !== null) {
    const place = await db
      .selectFrom('unit')
      .innerJoin('building', 'building.id', 'unit.building_id')
      .innerJoin('room', 'room.id', 'unit.room_id')
      .select([...columns, 'room.floor', 'room.number as room'])
      .where('unit.room_id', '=', unit.room_id)
      .where('building.id', '=', unit.building_id)
      .executeTakeFirst();
    if (place)
      return {
        building: place.building,
        street: place.street,
        postalCode: place.postal_code,
        city: place.city,
        floor: place.floor,
        room: place.room,
      };
  }
  const desk = await db
    .selectFrom('booking_schedule')
    .innerJoin('desk', 'desk.id', 'booking_schedule.desk_id')
    .innerJoin('building', 'building.id', 'desk.building_id')
    .leftJoin('room', 'room.id', 'desk.room_id')
    .select([...columns, 'desk.floor', 'room.number as room'])
    .where('booking_schedule.service_id', '=', serviceId)
    .where('desk.active', '=', true)
    .orderBy('desk.id')
    .limit(1)
    .executeTakeFirst();
  if (desk)
    return {
      building: desk.building,
      street: desk.street,
      postalCode: desk.postal_code,
      city: desk.city,
      floor: desk.floor,
      room: desk.room,
    };
  return { building: '', street: '', postalCode: '', city: '', floor: null, room: null };
}

/** Each bookable service's details (null: not bookable), while the office's settings are unchanged. */
const services = new SettingsCache<BookingServiceDetails | null>();

/**
 * One bookable service with what the booking pages show and ask: names, documents, fees, payment,
 * duration, which personal details the form needs, and where the visit takes place; kept in memory while
 * the office's settings are unchanged (`SettingsCache`: every booking step asks). A service that is
 * unknown or cannot be booked online is not found (`booking.service.notFound`).
 * @example const service = await bookingService(deps, 3); service.contact // 'email_or_phone'
 */
export async function bookingService(deps: UseCaseDeps, serviceId: number): Promise<BookingServiceDetails> {
  const service = await services.read(deps.db, `${deps.actor.officeId}:${serviceId}`, () =>
    readBookingService(deps.db, deps.actor.officeId, serviceId),
  );
  if (!service) throw notFound('booking.service.notFound');
  return service;
}

async function readBookingService(db: Db, officeId: number, serviceId: number): Promise<BookingServiceDetails | null> {
  const row = await db
    .selectFrom('service')
    .innerJoin('unit', 'unit.id', 'service.unit_id')
    .select([
      'service.id',
      'service.unit_id',
      'service.booking_minutes',
      'service.typical_minutes',
      'service.booking_needs_name',
      'service.booking_contact',
      translatedColumn('service.name').as('name'),
      translatedColumn('service.description').as('description'),
      translatedColumn('service.documents').as('documents'),
      translatedColumn('service.fees').as('fees'),
      translatedColumn('service.payment').as('payment'),
      translatedColumn('unit.name').as('unitName'),
      'unit.building_id',
      'unit.room_id',
    ])
    .where('service.id', '=', serviceId)
    .where('service.office_id', '=', officeId)
    .where('service.active', '=', true)
    .where('service.bookable_online', '=', true)
    .where((eb) =>
      eb.exists(eb.selectFrom('booking_schedule').select('booking_schedule.id').whereRef('booking_schedule.service_id', '=', 'service.id')),
    )
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    durationMinutes: row.booking_minutes ?? row.typical_minutes,
    unit: { id: row.unit_id, name: row.unitName },
    documents: row.documents,
    fees: row.fees,
    payment: row.payment,
    needsName: row.booking_needs_name,
    contact: row.booking_contact,
    where: await placeOfBookings(db, row.id, row),
  };
}
