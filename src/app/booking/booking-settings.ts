import { sql } from 'kysely';
import { notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import type { BookingContactColumn } from '../../storage/schema.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { readBookingPolicy, type BookingPolicy } from './booking-policy.ts';

/** A service with what its online booking takes, for the administrator. */
export interface ServiceBookingSettings {
  id: number;
  name: Translated;
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

/** A row of a service's booking schedule, with its desk's number. */
export interface BookingScheduleRow {
  id: number;
  deskId: number;
  deskNumber: string;
  weekday: number;
  /** 'HH:MM:SS' as PostgreSQL returns a time. */
  startsAt: string;
  endsAt: string;
}

/** A desk that serves a service: the only kind its booking schedule may name. */
export interface ServingDesk {
  id: number;
  number: string;
  name: string;
  active: boolean;
}

function servicesOf(db: Db, officeId: number) {
  return db
    .selectFrom('service')
    .innerJoin('unit', 'unit.id', 'service.unit_id')
    .select((eb) => [
      'service.id',
      translatedColumn('service.name').as('name'),
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

function settingsOf(row: Omit<ServiceBookingSettings, 'scheduleRows'> & { scheduleRows: string | null }): ServiceBookingSettings {
  return { ...row, scheduleRows: Number(row.scheduleRows ?? 0) };
}

/**
 * The administrator's booking page: the office's booking policy, and every service with its booking settings.
 * @example const { policy, services } = await bookingSettings(deps); services[0].scheduleRows // 5
 */
export async function bookingSettings(deps: UseCaseDeps): Promise<{ policy: BookingPolicy; services: ServiceBookingSettings[] }> {
  const officeId = deps.actor.officeId;
  const [policy, rows] = await Promise.all([
    readBookingPolicy(deps.db, officeId),
    servicesOf(deps.db, officeId).orderBy('unit.code').orderBy('service.name_pl').execute(),
  ]);
  return { policy, services: rows.map(settingsOf) };
}

/**
 * One service's booking page: its settings, its schedule (by weekday, desk and start) and the desks that
 * serve it; not found when the office has no such service.
 * @example const { service, schedule, desks } = await serviceBookingSettings(deps, 3);
 */
export async function serviceBookingSettings(
  deps: UseCaseDeps,
  serviceId: number,
): Promise<{ service: ServiceBookingSettings; schedule: BookingScheduleRow[]; desks: ServingDesk[] }> {
  const { db } = deps;
  const row = await servicesOf(db, deps.actor.officeId).where('service.id', '=', serviceId).executeTakeFirst();
  if (!row) throw notFound();
  // Desk numbers are text: by length first, so desk 10 comes after desk 9.
  const [schedule, desks] = await Promise.all([
    db
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
      .execute(),
    db
      .selectFrom('desk_service')
      .innerJoin('desk', 'desk.id', 'desk_service.desk_id')
      .select(['desk.id', 'desk.number', 'desk.name', 'desk.active'])
      .where('desk_service.service_id', '=', serviceId)
      .orderBy(sql`length(desk.number)`)
      .orderBy('desk.number')
      .execute(),
  ]);
  return { service: settingsOf(row), schedule, desks };
}
