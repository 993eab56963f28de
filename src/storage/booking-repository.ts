import { sql } from 'kysely';
import type { BookingSchedule, PersonBooking } from '../domain/booking/index.ts';
import type { CalendarException, OfficeDate, WeeklyHours } from '../domain/organisation/index.ts';
import type { Db, Tx } from './database.ts';
import { registerConstraintMessages } from './database-errors.ts';
import { SETTINGS_STAMP } from './settings-cache.ts';
import { translatedColumn } from './translated-text.ts';
import type { Translated } from '../domain/shared/translated.ts';
import type { BookingContactColumn, BookingStatusColumn } from './schema.ts';

registerConstraintMessages({
  // The use cases lock the person first and check, so these only speak when something slipped past them.
  booking_one_per_email: { kind: 'conflict', field: 'email', key: 'booking.refusal.alreadyBooked' },
  booking_one_per_phone: { kind: 'conflict', field: 'phone', key: 'booking.refusal.alreadyBooked' },
  booking_desk_time_free: { kind: 'conflict', field: 'time', key: 'booking.refusal.slotTaken' },
});

/** The office's `booking_policy` and `queue_policy` columns, nullable: both rows are optional (LEFT JOINs). */
export interface PolicyColumns {
  horizon_days: number | null;
  minimum_notice_minutes: number | null;
  walk_in_percent: number | null;
  email_daily_cap: number | null;
  retention_days: number | null;
  late_arrival: 'refuse' | 'join_queue_as_regular' | null;
  challenge_max_number: number | null;
  reminder_hours_before: number | null;
  booking_minutes_before: number | null;
  booking_minutes_after: number | null;
}

/** What booking needs to know about a service. */
export interface BookingServiceRow {
  id: number;
  officeId: number;
  unitId: number;
  active: boolean;
  bookableOnline: boolean;
  /** booking_minutes ?? typical_minutes. */
  durationMinutes: number;
  dailyCap: number | null;
  needsName: boolean;
  contact: BookingContactColumn;
}

/** A desk that takes the service's bookings, with what its calendar is made of. */
export interface ScheduleDesk {
  id: number;
  buildingId: number;
}

/** A booked or checked-in desk time, with its status so a lapsed one can be told apart. */
export interface TakenRow {
  bookingId: number;
  deskId: number;
  serviceId: number;
  status: BookingStatusColumn;
  startsAt: Date;
  endsAt: Date;
}

/** The settings the free times of one service over a range of days depend on (all but the bookings). */
export interface SlotSettings {
  service: BookingServiceRow;
  /** The joined `booking_policy` and `queue_policy` columns (null where the office has no row). */
  policy: PolicyColumns;
  schedules: BookingSchedule[];
  desks: ScheduleDesk[];
  /** The office's weekly hours rows: the unit's own and every building's. */
  hours: (WeeklyHours & { unitId: number | null; buildingId: number | null })[];
  exceptions: CalendarException[];
}

interface SlotSettingsRow extends PolicyColumns {
  id: number;
  office_id: number;
  unit_id: number;
  active: boolean;
  bookable_online: boolean;
  booking_minutes: number | null;
  typical_minutes: number;
  booking_daily_cap: number | null;
  booking_needs_name: boolean;
  booking_contact: BookingContactColumn;
  schedules: { desk_id: number; weekday: number; starts_at: string; ends_at: string }[];
  desks: { id: number; building_id: number }[];
  hours: { unit_id: number | null; building_id: number | null; weekday: number; opens: string; closes: string }[];
  exceptions: {
    building_id: number | null;
    starts_on: string;
    ends_on: string;
    kind: CalendarException['kind'];
    opens: string | null;
    closes: string | null;
    reason: Translated;
  }[];
}

/**
 * Reads a service's booking settings for the office days `from`…`to` in ONE round trip (nested JSON):
 * the service, the office's policy rows, its schedule rows, the active desks they name, opening hours and
 * the exceptions touching the range. Undefined when the office has no such service. These change only
 * with the office's settings: the slot context keeps them (`SettingsCache`) and reads the bookings apart.
 * @example const settings = await readSlotSettings(db, { officeId: 1, serviceId: 3, from: '2026-11-24', to: '2026-12-24' });
 */
export async function readSlotSettings(
  db: Db | Tx,
  query: { officeId: number; serviceId: number; from: OfficeDate; to: OfficeDate },
): Promise<SlotSettings | undefined> {
  // Raw SQL rather than the query builder: building the builder's tree of nested selects cost more than
  // PostgreSQL's answer (bench booking-burst).
  const result = await sql<SlotSettingsRow>`
    SELECT service.id, service.office_id, service.unit_id, service.active, service.bookable_online, service.booking_minutes,
           service.typical_minutes, service.booking_daily_cap, service.booking_needs_name, service.booking_contact,
           p.horizon_days, p.minimum_notice_minutes, p.walk_in_percent, p.email_daily_cap, p.retention_days, p.late_arrival,
           p.challenge_max_number, p.reminder_hours_before, q.booking_minutes_before, q.booking_minutes_after,
           (SELECT coalesce(json_agg(json_build_object('desk_id', s.desk_id, 'weekday', s.weekday, 'starts_at', s.starts_at, 'ends_at', s.ends_at)), '[]')
              FROM booking_schedule s WHERE s.service_id = service.id) AS schedules,
           (SELECT coalesce(json_agg(json_build_object('id', d.id, 'building_id', d.building_id) ORDER BY d.id), '[]')
              FROM desk d WHERE d.active AND d.id IN (SELECT t.desk_id FROM booking_schedule t WHERE t.service_id = service.id)) AS desks,
           (SELECT coalesce(json_agg(json_build_object('unit_id', h.unit_id, 'building_id', h.building_id, 'weekday', h.weekday, 'opens', h.opens, 'closes', h.closes)), '[]')
              FROM opening_hours h WHERE h.office_id = service.office_id) AS hours,
           (SELECT coalesce(json_agg(json_build_object('building_id', e.building_id, 'starts_on', e.starts_on, 'ends_on', e.ends_on, 'kind', e.kind,
                                                       'opens', e.opens, 'closes', e.closes, 'reason', ${translatedColumn('e.reason')})), '[]')
              FROM calendar_exception e WHERE e.office_id = service.office_id AND e.ends_on >= ${query.from}::date AND e.starts_on <= ${query.to}::date) AS exceptions
      FROM service
      LEFT JOIN booking_policy p ON p.office_id = service.office_id
      LEFT JOIN queue_policy q ON q.office_id = service.office_id
     WHERE service.id = ${query.serviceId}::int AND service.office_id = ${query.officeId}::int`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    service: {
      id: row.id,
      officeId: row.office_id,
      unitId: row.unit_id,
      active: row.active,
      bookableOnline: row.bookable_online,
      durationMinutes: row.booking_minutes ?? row.typical_minutes,
      dailyCap: row.booking_daily_cap,
      needsName: row.booking_needs_name,
      contact: row.booking_contact,
    },
    policy: row,
    schedules: row.schedules.map((s) => ({
      deskId: s.desk_id,
      serviceId: row.id,
      weekday: s.weekday,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
    })),
    desks: row.desks.map((d) => ({ id: d.id, buildingId: d.building_id })),
    hours: row.hours.map((h) => ({ unitId: h.unit_id, buildingId: h.building_id, weekday: h.weekday, opens: h.opens, closes: h.closes })),
    exceptions: row.exceptions.map((e) => ({
      buildingId: e.building_id,
      startsOn: e.starts_on,
      endsOn: e.ends_on,
      kind: e.kind,
      opens: e.opens,
      closes: e.closes,
      reason: e.reason,
    })),
  };
}

/**
 * The desk time taken on the office days `from`…`to` that a service's free times depend on: live bookings
 * on the desks of its schedule, or of the service anywhere (the daily cap counts those), with the settings
 * stamp read in the same statement.
 * @example const { stamp, taken } = await readTakenTimes(db, { officeId: 1, serviceId: 3, from: '2026-11-24', to: '2026-12-24' });
 */
export async function readTakenTimes(
  db: Db | Tx,
  query: { officeId: number; serviceId: number; from: OfficeDate; to: OfficeDate },
): Promise<{ stamp: string; taken: TakenRow[] }> {
  // One JSON column of arrays: pg's parser for SQL arrays cost more than the rest of the answer.
  const result = await sql<{
    stamp: string;
    taken: [number, number, number, BookingStatusColumn, number, number][];
  }>`
    SELECT ${SETTINGS_STAMP} AS stamp,
           coalesce(json_agg(json_build_array(b.id, b.desk_id, b.service_id, b.status,
                                              (extract(epoch FROM b.starts_at) * 1000)::float8, (extract(epoch FROM b.ends_at) * 1000)::float8)), '[]') AS taken
      FROM booking b
     WHERE b.office_id = ${query.officeId}::int AND b.status IN ('booked', 'checked_in')
       AND b.office_day >= ${query.from}::date AND b.office_day <= ${query.to}::date
       AND (b.service_id = ${query.serviceId}::int OR b.desk_id IN (SELECT t.desk_id FROM booking_schedule t WHERE t.service_id = ${query.serviceId}::int))`.execute(
    db,
  );
  const row = result.rows[0]!;
  const taken: TakenRow[] = row.taken.map(([bookingId, deskId, serviceId, status, starts, ends]) => ({
    bookingId,
    deskId,
    serviceId,
    status,
    startsAt: new Date(starts),
    endsAt: new Date(ends),
  }));
  return { stamp: row.stamp, taken };
}

/**
 * Whether every active desk the service is booked at holds a live booking at this instant (the time is
 * gone whatever else the rules would say), with the personal details the service asks for, so the form's
 * own errors still come first. One look through the exclusion constraint's index: the losers of a burst
 * are refused before the day is read and computed and the person locked. Undefined for a service of
 * another office; `busy` is false when the service has no active desk (the rules then say why).
 * @example const early = await bookingDesksBusyAt(tx, { officeId: 1, serviceId: 3, at }); early?.busy // true
 */
export async function bookingDesksBusyAt(
  db: Db | Tx,
  query: { officeId: number; serviceId: number; at: Date },
): Promise<{ busy: boolean; needsName: boolean; contact: BookingContactColumn } | undefined> {
  const result = await sql<{
    busy: boolean;
    booking_needs_name: boolean;
    booking_contact: BookingContactColumn;
  }>`
    WITH desks AS (
      SELECT DISTINCT s.desk_id FROM booking_schedule s JOIN desk d ON d.id = s.desk_id AND d.active
      WHERE s.service_id = ${query.serviceId}::int
    )
    SELECT sv.booking_needs_name, sv.booking_contact,
           EXISTS (SELECT 1 FROM desks) AND NOT EXISTS (
             SELECT 1 FROM desks WHERE NOT EXISTS (
               SELECT 1 FROM booking b WHERE b.desk_id = desks.desk_id AND b.status IN ('booked', 'checked_in')
                 AND tstzrange(b.starts_at, b.ends_at) @> ${query.at}::timestamptz)) AS busy
      FROM service sv WHERE sv.id = ${query.serviceId}::int AND sv.office_id = ${query.officeId}::int`.execute(db);
  const row = result.rows[0];
  return row && { busy: row.busy, needsName: row.booking_needs_name, contact: row.booking_contact };
}

// Two-key advisory locks (class, hash) live apart from the one-key locks of the audit chain and the demo loader.
const PERSON_LOCK = 74_120_061;
const SERVICE_DAY_LOCK = 74_120_062;

/**
 * Serialises the bookings of one person (their e-mail identity and/or phone) until the transaction ends,
 * so "one active booking per service" and the e-mail's daily cap are counted exactly. Keys are locked in
 * sorted order, so two requests sharing one key never deadlock.
 * @example await lockPerson(tx, ['email:jan@poczta.pl', 'phone:+48600123456']);
 */
export async function lockPerson(tx: Tx, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  const locks = sorted.map((key) => sql`pg_advisory_xact_lock(${PERSON_LOCK}, hashtext(${key}))`);
  await sql`SELECT ${sql.join(locks)}`.execute(tx);
}

/**
 * Serialises the last step of the bookings of one service on one office day, so its daily cap holds
 * exactly; taken only by a booking that already holds its desk time, so losers of a race never wait here.
 * @example await lockServiceDay(tx, 3, '2026-11-24');
 */
export async function lockServiceDay(tx: Tx, serviceId: number, day: OfficeDate): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${SERVICE_DAY_LOCK}, hashtext(${`${serviceId}:${day}`}))`.execute(tx);
}

/**
 * Bookings of a service holding desk time on a day (read after `lockServiceDay`: a fresh snapshot), not
 * counting lapsed ones — still 'booked' though they started before `lapsedBefore` — as the domain does not.
 */
export async function countServiceDay(tx: Tx, serviceId: number, day: OfficeDate, lapsedBefore: Date): Promise<number> {
  const row = await tx
    .selectFrom('booking')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('service_id', '=', serviceId)
    .where('office_day', '=', day)
    .where((eb) => eb.or([eb('status', '=', 'checked_in'), eb.and([eb('status', '=', 'booked'), eb('starts_at', '>=', lapsedBefore)])]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks the person's lapsed bookings (still 'booked' though their check-in window closed before `cutoff`'s
 * visit start) as no-shows, and reads the bookings the fairness rules compare them by: every still booked
 * one and every one made since `madeSince`. One statement: the read sees the rows as they were before the
 * update, so the ids it marked are returned for the caller to treat as no-shows.
 * @example const { lapsed, bookings } = await settlePersonBookings(tx, { emailIdentity, phone: null, now, startedBefore, madeSince });
 */
export async function settlePersonBookings(
  tx: Tx,
  person: {
    emailIdentity: string | null;
    phone: string | null;
    now: Date;
    startedBefore: Date;
    madeSince: Date;
  },
): Promise<{ lapsed: number[]; bookings: PersonBooking[] }> {
  const matches = sql`((email_identity IS NOT NULL AND email_identity = ${person.emailIdentity}) OR (phone IS NOT NULL AND phone = ${person.phone}))`;
  const result = await sql<{
    lapsed: number[];
    bookings: {
      id: number;
      service_id: number;
      status: BookingStatusColumn;
      starts_at: string;
      created_at: string;
      email_identity: string | null;
      phone: string | null;
    }[];
  }>`
    WITH lapsed AS (
      UPDATE booking SET status = 'no_show', no_show_at = ${person.now}
      WHERE status = 'booked' AND starts_at < ${person.startedBefore} AND ${matches}
      RETURNING id
    )
    SELECT
      (SELECT coalesce(json_agg(id), '[]') FROM lapsed) AS lapsed,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'service_id', service_id, 'status', status, 'starts_at', starts_at,
        'created_at', created_at, 'email_identity', email_identity, 'phone', phone)), '[]')
       FROM booking WHERE ${matches} AND (status = 'booked' OR created_at >= ${person.madeSince})) AS bookings`.execute(tx);
  const row = result.rows[0]!;
  const lapsed = new Set(row.lapsed);
  return {
    lapsed: row.lapsed,
    bookings: row.bookings.map((b) => ({
      id: b.id,
      serviceId: b.service_id,
      status: lapsed.has(b.id) ? 'no_show' : b.status,
      startsAt: new Date(b.starts_at),
      createdAt: new Date(b.created_at),
      emailIdentity: b.email_identity,
      phone: b.phone,
    })),
  };
}

export interface NewBooking {
  officeId: number;
  serviceId: number;
  deskId: number;
  code: string;
  startsAt: Date;
  endsAt: Date;
  officeDay: OfficeDate;
  source: 'online' | 'information_point';
  locale: 'pl' | 'en' | 'uk';
  personName: string | null;
  email: string | null;
  emailIdentity: string | null;
  phone: string | null;
  createdAt: Date;
  createdByStaffId: number | null;
}

/**
 * Inserts a booking unless a constraint stands in the way — the desk's time taken (the exclusion
 * constraint, waiting for a racing transaction to finish first), the code already used — and returns
 * its id, or undefined when nothing was written.
 * @example const row = await insertBookingIfFree(tx, booking); if (!row) tryNextDesk();
 */
export async function insertBookingIfFree(tx: Tx, booking: NewBooking): Promise<{ id: number; version: number } | undefined> {
  return tx
    .insertInto('booking')
    .values({
      office_id: booking.officeId,
      service_id: booking.serviceId,
      desk_id: booking.deskId,
      code: booking.code,
      starts_at: booking.startsAt,
      ends_at: booking.endsAt,
      office_day: booking.officeDay,
      source: booking.source,
      locale: booking.locale,
      person_name: booking.personName,
      email: booking.email,
      email_identity: booking.emailIdentity,
      phone: booking.phone,
      created_at: booking.createdAt,
      created_by_staff_id: booking.createdByStaffId,
    })
    .onConflict((oc) => oc.doNothing())
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** Whether a booking code is in use (after an insert did nothing: a code collision, or the desk's time taken?). */
export async function bookingCodeUsed(tx: Tx, code: string): Promise<boolean> {
  return (await tx.selectFrom('booking').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}
