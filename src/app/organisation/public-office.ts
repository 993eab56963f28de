import {
  daysFrom,
  officeDate,
  statusAt,
  weeklySchedule,
  type CalendarException,
  type CalendarInput,
  type DayHours,
  type OfficeDate,
  type PlaceStatus,
  type WeeklyHours,
} from '../../domain/organisation/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { readCurrentOffice, type Office } from './current-office.ts';

export interface PublicBuilding {
  id: number;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  floors: number;
  groundFloorAccessible: boolean;
  hasLift: boolean;
  accessibleParking: boolean;
  accessibleToilet: boolean;
  inductionLoop: boolean;
  signLanguageVideo: boolean;
  /** Polish only, one fact per line. */
  accessibilityNotes: string[];
  status: PlaceStatus;
  /** Today and the six days after it, holidays and exceptions included. */
  week: DayHours[];
}

export interface PublicService {
  id: number;
  ticketLetter: string;
  name: Translated;
  description: Translated;
  /** One item per line in each language. */
  documents: Translated;
  fees: Translated;
  payment: Translated;
  typicalMinutes: number;
  bookableOnline: boolean;
  groundFloorPossible: boolean;
}

export interface PublicUnit {
  id: number;
  code: string;
  name: Translated;
  buildingName: string | null;
  roomNumber: string | null;
  floor: number | null;
  phone: string;
  email: string;
  /** The unit's own weekly hours, when it keeps shorter ones than its building. */
  hours: ReturnType<typeof weeklySchedule> | null;
  services: PublicService[];
}

export interface PublicOffice {
  office: Office;
  today: OfficeDate;
  buildings: PublicBuilding[];
  units: PublicUnit[];
}

const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * What the public pages show about the office at the clock's instant: buildings with their status and the
 * week's hours, units with their active services. Reads only public data (no personal data).
 * @example const view = await readPublicOffice(deps);
 */
export async function readPublicOffice(deps: UseCaseDeps): Promise<PublicOffice> {
  const { db } = deps;
  const now = deps.clock.now();
  const office = await readCurrentOffice(db);
  const today = officeDate(now);
  const [buildings, rooms, units, services, hours, exceptions] = await Promise.all([
    db
      .selectFrom('building')
      .select([
        'id',
        'name',
        'street',
        'postal_code as postalCode',
        'city',
        'floors',
        'ground_floor_accessible as groundFloorAccessible',
        'has_lift as hasLift',
        'accessible_parking as accessibleParking',
        'accessible_toilet as accessibleToilet',
        'induction_loop as inductionLoop',
        'sign_language_video as signLanguageVideo',
        'accessibility_notes as accessibilityNotes',
      ])
      .where('office_id', '=', office.id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('room')
      .innerJoin('building', 'building.id', 'room.building_id')
      .select(['room.id', 'room.number', 'room.floor'])
      .where('building.office_id', '=', office.id)
      .execute(),
    db
      .selectFrom('unit')
      .select(['id', 'code', translatedColumn('unit.name').as('name'), 'building_id as buildingId', 'room_id as roomId', 'phone', 'email'])
      .where('office_id', '=', office.id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('service')
      .select([
        'id',
        'unit_id as unitId',
        'ticket_letter as ticketLetter',
        translatedColumn('service.name').as('name'),
        translatedColumn('service.description').as('description'),
        translatedColumn('service.documents').as('documents'),
        translatedColumn('service.fees').as('fees'),
        translatedColumn('service.payment').as('payment'),
        'typical_minutes as typicalMinutes',
        'bookable_online as bookableOnline',
        'ground_floor_possible as groundFloorPossible',
      ])
      .where('office_id', '=', office.id)
      .where('active', '=', true)
      .orderBy('ticket_letter')
      .execute(),
    db
      .selectFrom('opening_hours')
      .select(['building_id as buildingId', 'unit_id as unitId', 'weekday', 'opens', 'closes'])
      .where('office_id', '=', office.id)
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
      .where('office_id', '=', office.id)
      .where('ends_on', '>=', today)
      .execute(),
  ]);

  const calendarExceptions: CalendarException[] = exceptions;
  const weeklyOf = (match: (row: (typeof hours)[number]) => boolean): WeeklyHours[] =>
    hours.filter(match).map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes }));

  const publicBuildings = buildings.map((b): PublicBuilding => {
    const input: CalendarInput = { buildingId: b.id, weekly: weeklyOf((h) => h.buildingId === b.id), exceptions: calendarExceptions };
    return {
      ...b,
      accessibilityNotes: lines(b.accessibilityNotes),
      status: statusAt(input, now),
      week: daysFrom(input, today, 7),
    };
  });

  const publicUnits = units.map((u): PublicUnit => {
    const room = rooms.find((r) => r.id === u.roomId);
    const own = weeklyOf((h) => h.unitId === u.id);
    return {
      id: u.id,
      code: u.code,
      name: u.name,
      buildingName: buildings.find((b) => b.id === u.buildingId)?.name ?? null,
      roomNumber: room?.number ?? null,
      floor: room?.floor ?? null,
      phone: u.phone,
      email: u.email,
      hours: own.length > 0 ? weeklySchedule(own) : null,
      services: services
        .filter((s) => s.unitId === u.id)
        .map((s): PublicService => ({
          id: s.id,
          ticketLetter: s.ticketLetter,
          name: s.name,
          description: s.description,
          documents: s.documents,
          fees: s.fees,
          payment: s.payment,
          typicalMinutes: s.typicalMinutes,
          bookableOnline: s.bookableOnline,
          groundFloorPossible: s.groundFloorPossible,
        })),
    };
  });

  return { office, today, buildings: publicBuildings, units: publicUnits };
}
