import type { Selectable } from 'kysely';
import type { Db, Tx } from './database.ts';
import type { BuildingTable, CalendarExceptionTable, DeskTable, OpeningHoursTable, RoomTable, ServiceTable, UnitTable } from './schema.ts';

export type BuildingRow = Selectable<BuildingTable>;
export type RoomRow = Selectable<RoomTable>;
export type UnitRow = Selectable<UnitTable>;
export type ServiceRow = Selectable<ServiceTable>;
export type DeskRow = Selectable<DeskTable>;
export type OpeningHoursRow = Selectable<OpeningHoursTable>;
export type CalendarExceptionRow = Selectable<CalendarExceptionTable>;

export interface OrganisationCounts {
  buildings: number;
  units: number;
  services: number;
  desks: number;
  staff: number;
  devices: number;
}

/**
 * How many of each thing the office has, for the administrator's start page.
 * @example const counts = await organisationCounts(db, officeId); counts.desks // 12
 */
export async function organisationCounts(db: Db, officeId: number): Promise<OrganisationCounts> {
  const count = async (table: 'building' | 'unit' | 'service' | 'desk' | 'staff' | 'device'): Promise<number> => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('office_id', '=', officeId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const [buildings, units, services, desks, staff, devices] = await Promise.all(
    (['building', 'unit', 'service', 'desk', 'staff', 'device'] as const).map(count),
  );
  return { buildings: buildings!, units: units!, services: services!, desks: desks!, staff: staff!, devices: devices! };
}

export async function listBuildings(db: Db, officeId: number): Promise<BuildingRow[]> {
  return db.selectFrom('building').selectAll().where('office_id', '=', officeId).orderBy('name').execute();
}

export async function findBuilding(db: Db, officeId: number, id: number): Promise<BuildingRow | undefined> {
  return db.selectFrom('building').selectAll().where('office_id', '=', officeId).where('id', '=', id).executeTakeFirst();
}

export async function listRooms(db: Db, buildingId: number): Promise<RoomRow[]> {
  return db.selectFrom('room').selectAll().where('building_id', '=', buildingId).orderBy('floor').orderBy('number').execute();
}

/** Every room of the office with its building's name, for the room pickers of units and desks. */
export async function listOfficeRooms(db: Db, officeId: number): Promise<(RoomRow & { buildingName: string })[]> {
  return db
    .selectFrom('room')
    .innerJoin('building', 'building.id', 'room.building_id')
    .selectAll('room')
    .select('building.name as buildingName')
    .where('building.office_id', '=', officeId)
    .orderBy('building.name')
    .orderBy('room.floor')
    .orderBy('room.number')
    .execute();
}

export async function listUnits(
  db: Db,
  officeId: number,
): Promise<(UnitRow & { buildingName: string | null; roomNumber: string | null })[]> {
  return db
    .selectFrom('unit')
    .leftJoin('building', 'building.id', 'unit.building_id')
    .leftJoin('room', 'room.id', 'unit.room_id')
    .selectAll('unit')
    .select(['building.name as buildingName', 'room.number as roomNumber'])
    .where('unit.office_id', '=', officeId)
    .orderBy('unit.code')
    .execute();
}

export async function findUnit(db: Db, officeId: number, id: number): Promise<UnitRow | undefined> {
  return db.selectFrom('unit').selectAll().where('office_id', '=', officeId).where('id', '=', id).executeTakeFirst();
}

export async function listServices(db: Db, officeId: number): Promise<(ServiceRow & { unitCode: string })[]> {
  return db
    .selectFrom('service')
    .innerJoin('unit', 'unit.id', 'service.unit_id')
    .selectAll('service')
    .select('unit.code as unitCode')
    .where('service.office_id', '=', officeId)
    .orderBy('service.ticket_letter')
    .execute();
}

export async function findService(db: Db, officeId: number, id: number): Promise<ServiceRow | undefined> {
  return db.selectFrom('service').selectAll().where('office_id', '=', officeId).where('id', '=', id).executeTakeFirst();
}

export async function listDesks(
  db: Db,
  officeId: number,
): Promise<(DeskRow & { buildingName: string; roomNumber: string | null; letters: string[] })[]> {
  const desks = await db
    .selectFrom('desk')
    .innerJoin('building', 'building.id', 'desk.building_id')
    .leftJoin('room', 'room.id', 'desk.room_id')
    .selectAll('desk')
    .select(['building.name as buildingName', 'room.number as roomNumber'])
    .where('desk.office_id', '=', officeId)
    .orderBy('desk.number')
    .execute();
  const links = await db
    .selectFrom('desk_service')
    .innerJoin('service', 'service.id', 'desk_service.service_id')
    .select(['desk_service.desk_id as deskId', 'service.ticket_letter as letter'])
    .where('service.office_id', '=', officeId)
    .orderBy('service.ticket_letter')
    .execute();
  return desks.map((desk) => ({ ...desk, letters: links.filter((link) => link.deskId === desk.id).map((link) => link.letter) }));
}

export async function findDesk(db: Db, officeId: number, id: number): Promise<(DeskRow & { serviceIds: number[] }) | undefined> {
  const desk = await db.selectFrom('desk').selectAll().where('office_id', '=', officeId).where('id', '=', id).executeTakeFirst();
  if (!desk) return undefined;
  const services = await db.selectFrom('desk_service').select('service_id').where('desk_id', '=', id).execute();
  return { ...desk, serviceIds: services.map((s) => s.service_id) };
}

export async function openingHoursOf(db: Db, scope: { kind: 'building' | 'unit'; id: number }): Promise<OpeningHoursRow[]> {
  return db
    .selectFrom('opening_hours')
    .selectAll()
    .where(scope.kind === 'building' ? 'building_id' : 'unit_id', '=', scope.id)
    .orderBy('weekday')
    .execute();
}

export async function listCalendarExceptions(
  db: Db,
  officeId: number,
): Promise<(CalendarExceptionRow & { buildingName: string | null })[]> {
  return db
    .selectFrom('calendar_exception')
    .leftJoin('building', 'building.id', 'calendar_exception.building_id')
    .selectAll('calendar_exception')
    .select('building.name as buildingName')
    .where('calendar_exception.office_id', '=', officeId)
    .orderBy('calendar_exception.starts_on')
    .execute();
}

export interface StaffListRow {
  id: number;
  login: string;
  fullName: string;
  unitCode: string | null;
  active: boolean;
  roles: string[];
}

/** Staff of the office with their roles (personal data: the caller audits the read in the same transaction). */
export async function listStaff(tx: Tx, officeId: number): Promise<StaffListRow[]> {
  const people = await tx
    .selectFrom('staff')
    .leftJoin('unit', 'unit.id', 'staff.unit_id')
    .select(['staff.id', 'staff.login', 'staff.full_name as fullName', 'unit.code as unitCode', 'staff.active'])
    .where('staff.office_id', '=', officeId)
    .orderBy('staff.full_name')
    .orderBy('staff.id')
    .execute();
  const roles = await tx
    .selectFrom('staff_role')
    .innerJoin('staff', 'staff.id', 'staff_role.staff_id')
    .select(['staff_role.staff_id as staffId', 'staff_role.role'])
    .where('staff.office_id', '=', officeId)
    .orderBy('staff_role.role')
    .execute();
  return people.map((person) => ({ ...person, roles: roles.filter((r) => r.staffId === person.id).map((r) => r.role) }));
}

export interface StaffDetails {
  id: number;
  login: string;
  fullName: string;
  unitId: number | null;
  position: string;
  badgeNumber: string;
  email: string;
  active: boolean;
  roles: string[];
}

/** One member of staff with their roles (personal data: the caller audits the read). */
export async function findStaff(tx: Tx, officeId: number, id: number): Promise<StaffDetails | undefined> {
  const person = await tx
    .selectFrom('staff')
    .select(['id', 'login', 'full_name as fullName', 'unit_id as unitId', 'position', 'badge_number as badgeNumber', 'email', 'active'])
    .where('office_id', '=', officeId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!person) return undefined;
  const roles = await tx.selectFrom('staff_role').select('role').where('staff_id', '=', id).orderBy('role').execute();
  return { ...person, roles: roles.map((r) => r.role) };
}
