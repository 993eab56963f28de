import { hoursOn, officeDate, type CalendarException, type DayHours } from '../../domain/organisation/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** Where a matter is handled: the unit's room, or else the room of a desk serving it. */
export interface MatterPlace {
  buildingName: string;
  street: string;
  floor: number | null;
  room: string | null;
  /** Reachable without stairs: a step-free ground floor, and a lift above or below it; null when the floor is unknown. */
  stepFree: boolean | null;
}

/** A matter as the directory answers it: what, where, when today, what to bring and pay, how to queue or book. */
export interface MatterView {
  id: number;
  ticketLetter: string;
  name: Translated;
  description: Translated;
  documents: Translated;
  fees: Translated;
  payment: Translated;
  bookableOnline: boolean;
  unit: { id: number; code: string; name: Translated; phone: string };
  place: MatterPlace | null;
  today: DayHours | null;
  /** Notes of the unit in force now and meant for residents at this matter. */
  notes: Translated[];
}

/**
 * The directory's view of the office's active services with these ids, in the order given.
 * @example const [matter] = await matterViews(db, 1, [4], new Date());
 */
export async function matterViews(db: Db, officeId: number, ids: readonly number[], now: Date): Promise<MatterView[]> {
  if (ids.length === 0) return [];
  const today = officeDate(now);
  const [services, desks, notes, exceptions] = await Promise.all([
    db
      .selectFrom('service')
      .innerJoin('unit', 'unit.id', 'service.unit_id')
      .leftJoin('room', 'room.id', 'unit.room_id')
      .leftJoin('building', 'building.id', 'unit.building_id')
      .select([
        'service.id',
        'service.ticket_letter as ticketLetter',
        translatedColumn('service.name').as('name'),
        translatedColumn('service.description').as('description'),
        translatedColumn('service.documents').as('documents'),
        translatedColumn('service.fees').as('fees'),
        translatedColumn('service.payment').as('payment'),
        'service.bookable_online as bookableOnline',
        'unit.id as unitId',
        'unit.code as unitCode',
        translatedColumn('unit.name').as('unitName'),
        'unit.phone as unitPhone',
        'building.id as buildingId',
        'building.name as buildingName',
        'building.street',
        'building.ground_floor_accessible as groundFloorAccessible',
        'building.has_lift as hasLift',
        'room.number as roomNumber',
        'room.floor',
      ])
      .where('service.office_id', '=', officeId)
      .where('service.active', '=', true)
      .where('service.id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('desk_service')
      .innerJoin('desk', 'desk.id', 'desk_service.desk_id')
      .innerJoin('building', 'building.id', 'desk.building_id')
      .leftJoin('room', 'room.id', 'desk.room_id')
      .select([
        'desk_service.service_id as serviceId',
        'building.id as buildingId',
        'building.name as buildingName',
        'building.street',
        'building.ground_floor_accessible as groundFloorAccessible',
        'building.has_lift as hasLift',
        'room.number as roomNumber',
        'desk.floor',
      ])
      .where('desk.office_id', '=', officeId)
      .where('desk.active', '=', true)
      .where('desk_service.service_id', 'in', [...ids])
      .orderBy('desk.number')
      .execute(),
    db
      .selectFrom('information_point_note')
      .select(['service_id as serviceId', translatedColumn('information_point_note.text').as('text')])
      .where('office_id', '=', officeId)
      .where('shown_to_residents', '=', true)
      .where('withdrawn_at', 'is', null)
      .where('valid_from', '<=', now)
      .where('valid_until', '>', now)
      .where('service_id', 'in', [...ids])
      .orderBy('valid_from')
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
        translatedColumn('calendar_exception.reason').as('reason'),
      ])
      .where('office_id', '=', officeId)
      .where('starts_on', '<=', today)
      .where('ends_on', '>=', today)
      .execute(),
  ]);
  const unitIds = [...new Set(services.map((s) => s.unitId))];
  const buildingIds = [...new Set([...services.map((s) => s.buildingId), ...desks.map((d) => d.buildingId)].filter((b) => b !== null))];
  const hours = await db
    .selectFrom('opening_hours')
    .select(['building_id as buildingId', 'unit_id as unitId', 'weekday', 'opens', 'closes'])
    .where('office_id', '=', officeId)
    .where((eb) =>
      eb.or([eb('unit_id', 'in', unitIds.length > 0 ? unitIds : [0]), eb('building_id', 'in', buildingIds.length > 0 ? buildingIds : [0])]),
    )
    .execute();
  const calendarExceptions: CalendarException[] = exceptions;

  const byId = new Map(services.map((s) => [s.id, s]));
  return ids.flatMap((id): MatterView[] => {
    const s = byId.get(id);
    if (!s) return [];
    const desk = desks.find((d) => d.serviceId === id);
    const located = s.buildingId !== null ? s : desk;
    const floor = s.buildingId !== null ? s.floor : (desk?.floor ?? null);
    const place: MatterPlace | null =
      located && located.buildingId !== null && located.buildingName !== null
        ? {
            buildingName: located.buildingName,
            street: located.street ?? '',
            floor,
            room: located.roomNumber ?? desk?.roomNumber ?? null,
            stepFree: floor === null ? null : Boolean(located.groundFloorAccessible) && (floor === 0 || Boolean(located.hasLift)),
          }
        : null;
    const buildingId = located?.buildingId ?? null;
    const own = hours.filter((h) => h.unitId === s.unitId);
    const weekly = own.length > 0 ? own : hours.filter((h) => buildingId !== null && h.buildingId === buildingId);
    return [
      {
        id: s.id,
        ticketLetter: s.ticketLetter,
        name: s.name,
        description: s.description,
        documents: s.documents,
        fees: s.fees,
        payment: s.payment,
        bookableOnline: s.bookableOnline,
        unit: { id: s.unitId, code: s.unitCode, name: s.unitName, phone: s.unitPhone },
        place,
        today:
          buildingId === null && weekly.length === 0
            ? null
            : hoursOn(
                {
                  buildingId,
                  weekly: weekly.map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes })),
                  exceptions: calendarExceptions,
                },
                today,
              ),
        notes: notes.filter((n) => n.serviceId === id).map((n) => n.text),
      },
    ];
  });
}
