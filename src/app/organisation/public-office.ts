import type { Db } from '../../storage/database.ts';
import { currentOffice, type OfficeRow } from '../../storage/office-repository.ts';
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
import { type Translated } from '../../domain/shared/translated.ts';

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
  office: OfficeRow;
  today: OfficeDate;
  buildings: PublicBuilding[];
  units: PublicUnit[];
}

const text = (pl: string, en: string, uk: string): Translated => ({ pl, en, uk });
const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * What the public pages show about the office at an instant: buildings with their status and the
 * week's hours, units with their active services. Reads only public data (no personal data).
 * @example const view = await readPublicOffice(app.deps.db, app.deps.clock.now());
 */
export async function readPublicOffice(db: Db, now: Date): Promise<PublicOffice> {
  const office = await currentOffice(db);
  const today = officeDate(now);
  const [buildings, rooms, units, services, hours, exceptions] = await Promise.all([
    db.selectFrom('building').selectAll().where('office_id', '=', office.id).orderBy('id').execute(),
    db
      .selectFrom('room')
      .innerJoin('building', 'building.id', 'room.building_id')
      .select(['room.id', 'room.number', 'room.floor'])
      .where('building.office_id', '=', office.id)
      .execute(),
    db.selectFrom('unit').selectAll().where('office_id', '=', office.id).orderBy('id').execute(),
    db.selectFrom('service').selectAll().where('office_id', '=', office.id).where('active', '=', true).orderBy('ticket_letter').execute(),
    db.selectFrom('opening_hours').selectAll().where('office_id', '=', office.id).execute(),
    db.selectFrom('calendar_exception').selectAll().where('office_id', '=', office.id).where('ends_on', '>=', today).execute(),
  ]);

  const calendarExceptions: CalendarException[] = exceptions.map((e) => ({
    buildingId: e.building_id,
    startsOn: e.starts_on,
    endsOn: e.ends_on,
    kind: e.kind,
    opens: e.opens,
    closes: e.closes,
    reason: text(e.reason_pl, e.reason_en, e.reason_uk),
  }));
  const weeklyOf = (match: (row: (typeof hours)[number]) => boolean): WeeklyHours[] =>
    hours.filter(match).map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes }));

  const publicBuildings = buildings.map((b): PublicBuilding => {
    const input: CalendarInput = { buildingId: b.id, weekly: weeklyOf((h) => h.building_id === b.id), exceptions: calendarExceptions };
    return {
      id: b.id,
      name: b.name,
      street: b.street,
      postalCode: b.postal_code,
      city: b.city,
      floors: b.floors,
      groundFloorAccessible: b.ground_floor_accessible,
      hasLift: b.has_lift,
      accessibleParking: b.accessible_parking,
      accessibleToilet: b.accessible_toilet,
      inductionLoop: b.induction_loop,
      signLanguageVideo: b.sign_language_video,
      accessibilityNotes: lines(b.accessibility_notes),
      status: statusAt(input, now),
      week: daysFrom(input, today, 7),
    };
  });

  const publicUnits = units.map((u): PublicUnit => {
    const room = rooms.find((r) => r.id === u.room_id);
    const own = weeklyOf((h) => h.unit_id === u.id);
    return {
      id: u.id,
      code: u.code,
      name: text(u.name_pl, u.name_en, u.name_uk),
      buildingName: buildings.find((b) => b.id === u.building_id)?.name ?? null,
      roomNumber: room?.number ?? null,
      floor: room?.floor ?? null,
      phone: u.phone,
      email: u.email,
      hours: own.length > 0 ? weeklySchedule(own) : null,
      services: services
        .filter((s) => s.unit_id === u.id)
        .map((s) => ({
          id: s.id,
          ticketLetter: s.ticket_letter,
          name: text(s.name_pl, s.name_en, s.name_uk),
          description: text(s.description_pl, s.description_en, s.description_uk),
          documents: text(s.documents_pl, s.documents_en, s.documents_uk),
          fees: text(s.fees_pl, s.fees_en, s.fees_uk),
          payment: text(s.payment_pl, s.payment_en, s.payment_uk),
          typicalMinutes: s.typical_minutes,
          bookableOnline: s.bookable_online,
          groundFloorPossible: s.ground_floor_possible,
        })),
    };
  });

  return { office, today, buildings: publicBuildings, units: publicUnits };
}
