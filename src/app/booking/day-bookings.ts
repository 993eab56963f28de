import { sql } from 'kysely';
import { dayViewScope, type DayViewScope } from '../../domain/booking/index.ts';
import { officeDate, type OfficeDate } from '../../domain/organisation/index.ts';
import { forbidden } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import type { BookingStatusColumn } from '../../storage/schema.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** A booked visit on the day list. The person's fields are absent for a role that may not see them. */
export interface DayBooking {
  id: number;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatusColumn;
  source: 'online' | 'information_point';
  service: { pl: string; en: string; uk: string };
  /** The person: only with `personalData`; null fields when the service did not ask or the data was erased. */
  person?: { code: string; name: string | null; email: string | null; phone: string | null; anonymised: boolean };
}

export interface DayDesk {
  deskId: number;
  number: string;
  bookings: DayBooking[];
}

export interface DayUnit {
  unitId: number;
  code: string;
  name: { pl: string; en: string; uk: string };
  desks: DayDesk[];
}

export interface DayBookings {
  date: OfficeDate;
  scope: DayViewScope;
  /** Why the list is empty by design: a unit head without a unit, a clerk not signed in at a desk. */
  missing?: 'unit' | 'desk';
  units: DayUnit[];
  count: number;
}

/** Who asks: the member of staff's id and roles (the scope follows from them). */
export interface DayBookingsInput {
  /** 'YYYY-MM-DD'; empty for today in the office. */
  date: string;
  staffId: number;
  roles: readonly string[];
}

/** The services whose bookings the scope shows; undefined: all; a reason when the scope has none. */
async function scopeServices(
  tx: Tx,
  officeId: number,
  staffId: number,
  scope: DayViewScope,
): Promise<{ unitId?: number; serviceIds?: number[]; missing?: 'unit' | 'desk' }> {
  if (scope.kind === 'unit') {
    const staff = await tx
      .selectFrom('staff')
      .select('unit_id')
      .where('id', '=', staffId)
      .where('office_id', '=', officeId)
      .executeTakeFirst();
    return staff?.unit_id ? { unitId: staff.unit_id } : { missing: 'unit' };
  }
  if (scope.kind === 'desk_services') {
    const services = await tx
      .selectFrom('desk_session')
      .innerJoin('desk_service', 'desk_service.desk_id', 'desk_session.desk_id')
      .select('desk_service.service_id')
      .where('desk_session.staff_id', '=', staffId)
      .where('desk_session.status', '<>', 'closed')
      .execute();
    return services.length > 0 ? { serviceIds: services.map((s) => s.service_id) } : { missing: 'desk' };
  }
  return {};
}

/**
 * The bookings of one office day grouped by unit and desk, as far as the person's roles may see them
 * (`dayViewScope`). When the list carries names and contacts, the read is audited in the same
 * transaction: one row with the date, the count and the bookings' ids, never the data itself.
 * @example const day = await dayBookings(deps, { date: '2026-11-25', staffId: 7, roles: ['information_point'] }); day.units[0].desks[0].bookings[0].person?.name // 'Jan Kowalski'
 */
export async function dayBookings(deps: UseCaseDeps, input: DayBookingsInput): Promise<DayBookings> {
  const scope = dayViewScope(input.roles);
  if (!scope) throw forbidden();
  const check = new FieldCheck();
  const date = input.date.trim() === '' ? officeDate(deps.clock.now()) : check.date('dzien', input.date);
  check.done();
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const limit = await scopeServices(tx, officeId, input.staffId, scope);
    if (limit.missing) return { date: date!, scope, missing: limit.missing, units: [], count: 0 };
    let query = tx
      .selectFrom('booking')
      .innerJoin('service', 'service.id', 'booking.service_id')
      .innerJoin('unit', 'unit.id', 'service.unit_id')
      .innerJoin('desk', 'desk.id', 'booking.desk_id')
      .select([
        'booking.id',
        'booking.starts_at',
        'booking.ends_at',
        'booking.status',
        'booking.source',
        'booking.code',
        'booking.person_name',
        'booking.email',
        'booking.phone',
        'booking.anonymised_at',
        translatedColumn('service.name').as('name'),
        'unit.id as unit_id',
        'unit.code as unit_code',
        translatedColumn('unit.name').as('unitName'),
        'desk.id as desk_id',
        'desk.number as desk_number',
      ])
      .where('booking.office_id', '=', officeId)
      .where('booking.office_day', '=', date!)
      .orderBy('unit.code')
      .orderBy(sql`length(desk.number)`)
      .orderBy('desk.number')
      .orderBy('booking.starts_at');
    if (limit.unitId !== undefined) query = query.where('service.unit_id', '=', limit.unitId);
    if (limit.serviceIds !== undefined) query = query.where('booking.service_id', 'in', limit.serviceIds);
    const rows = await query.execute();

    const units: DayUnit[] = [];
    for (const row of rows) {
      let unit = units.at(-1);
      if (unit?.unitId !== row.unit_id) units.push((unit = { unitId: row.unit_id, code: row.unit_code, name: row.unitName, desks: [] }));
      let desk = unit.desks.at(-1);
      if (desk?.deskId !== row.desk_id) unit.desks.push((desk = { deskId: row.desk_id, number: row.desk_number, bookings: [] }));
      const booking: DayBooking = {
        id: row.id,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        status: row.status,
        source: row.source,
        service: row.name,
      };
      if (scope.personalData) {
        booking.person = {
          code: row.code,
          name: row.person_name,
          email: row.email,
          phone: row.phone,
          anonymised: row.anonymised_at !== null,
        };
      }
      desk.bookings.push(booking);
    }
    if (scope.personalData) {
      await appendAudit(tx, deps.actor, deps.clock.now(), {
        action: 'booking.read_day',
        subjectType: 'booking_day',
        subjectId: date!,
        details: { date, count: rows.length, ids: rows.map((r) => r.id), scope: scope.kind },
      });
    }
    return { date: date!, scope, units, count: rows.length };
  });
}
