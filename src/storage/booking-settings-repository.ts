import { sql } from 'kysely';
import type { Db, Tx } from './database.ts';
import type { BookingContactColumn } from './schema.ts';
import { registerConstraintMessages } from './database-errors.ts';

/**
 * Words the booking settings' constraints for the administrator's forms: the database decides that only
 * a desk serving the service takes its bookings, and that a schedule row is not entered twice.
 */
registerConstraintMessages({
  booking_schedule_desk_id_service_id_fkey: { kind: 'validation', field: 'desk_id', key: 'bookingStaff.errors.deskNotServing' },
  booking_schedule_desk_id_service_id_weekday_starts_at_key: { kind: 'conflict', field: 'starts_at', key: 'bookingStaff.errors.rowExists' },
  booking_schedule_check: { kind: 'validation', field: 'ends_at', key: 'bookingStaff.errors.endsBeforeStarts' },
});

/** A service with what its online booking takes, for the administrator's list. */
export interface ServiceBookingRow {
  id: number;
  namePl: string;
  unitCode: string;
  active: boolean;
  bookableOnline: boolean;
  typicalMinutes: number;
  bookingMinutes: number | null;
  dailyCap: number | null;
  needsName: boolean;
  contact: BookingContactColumn;
  /** Schedule rows (desk × weekday × hours) the service has. */
  scheduleRows: number;
}

function serviceQuery(db: Db | Tx, officeId: number) {
  return db
    .selectFrom('service')
    .innerJoin('unit', 'unit.id', 'service.unit_id')
    .select((eb) => [
      'service.id',
      'service.name_pl as namePl',
      'unit.code as unitCode',
      'service.active',
      'service.bookable_online as bookableOnline',
      'service.typical_minutes as typicalMinutes',
      'service.booking_minutes as bookingMinutes',
      'service.booking_daily_cap as dailyCap',
      'service.booking_needs_name as needsName',
      'service.booking_contact as contact',
      eb
        .selectFrom('booking_schedule')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('booking_schedule.service_id', '=', 'service.id')
        .as('scheduleRows'),
    ])
    .where('service.office_id', '=', officeId);
}

function toServiceRow(row: Omit<ServiceBookingRow, 'scheduleRows'> & { scheduleRows: string | null }): ServiceBookingRow {
  return { ...row, scheduleRows: Number(row.scheduleRows ?? 0) };
}

/**
 * Every service of the office with its booking settings, by unit and name.
 * @example const services = await listServiceBooking(db, officeId); services[0].scheduleRows // 5
 */
export async function listServiceBooking(db: Db | Tx, officeId: number): Promise<ServiceBookingRow[]> {
  const rows = await serviceQuery(db, officeId).orderBy('unit.code').orderBy('service.name_pl').execute();
  return rows.map(toServiceRow);
}

/** One service of the office with its booking settings; undefined when the office has no such service. */
export async function findServiceBooking(db: Db | Tx, officeId: number, serviceId: number): Promise<ServiceBookingRow | undefined> {
  const row = await serviceQuery(db, officeId).where('service.id', '=', serviceId).executeTakeFirst();
  return row && toServiceRow(row);
}

/** A row of a service's booking schedule, with its desk's number. */
export interface ScheduleRow {
  id: number;
  deskId: number;
  deskNumber: string;
  weekday: number;
  /** 'HH:MM:SS' as PostgreSQL returns a time. */
  startsAt: string;
  endsAt: string;
}

/**
 * A service's booking schedule, by weekday, desk and start.
 * @example const rows = await scheduleOf(db, serviceId); rows[0] // { id: 3, deskNumber: '1', weekday: 1, startsAt: '08:00:00', … }
 */
export async function scheduleOf(db: Db | Tx, serviceId: number): Promise<ScheduleRow[]> {
  return db
    .selectFrom('booking_schedule')
    .innerJoin('desk', 'desk.id', 'booking_schedule.desk_id')
    .select([
      'booking_schedule.id',
      'desk.id as deskId',
      'desk.number as deskNumber',
      'booking_schedule.weekday',
      'booking_schedule.starts_at as startsAt',
      'booking_schedule.ends_at as endsAt',
    ])
    .where('booking_schedule.service_id', '=', serviceId)
    .orderBy('booking_schedule.weekday')
    .orderBy(sql`length(desk.number)`)
    .orderBy('desk.number')
    .orderBy('booking_schedule.starts_at')
    .execute();
}

// Desk numbers are text: by length first, so desk 10 comes after desk 9.

/** The desks that serve a service: the only ones its booking schedule may name. */
export async function desksServing(
  db: Db | Tx,
  serviceId: number,
): Promise<{ id: number; number: string; name: string; active: boolean }[]> {
  return db
    .selectFrom('desk_service')
    .innerJoin('desk', 'desk.id', 'desk_service.desk_id')
    .select(['desk.id', 'desk.number', 'desk.name', 'desk.active'])
    .where('desk_service.service_id', '=', serviceId)
    .orderBy(sql`length(desk.number)`)
    .orderBy('desk.number')
    .execute();
}
