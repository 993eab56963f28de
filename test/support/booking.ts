import { after, before } from 'node:test';
import { sql } from 'kysely';
import type { UseCaseDeps } from '../../src/app/shared/deps.ts';
import type { Db } from '../../src/storage/database.ts';
import type { BookingContactColumn } from '../../src/storage/schema.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

/** A clock the test moves by hand. */
export interface TestClock {
  now(): Date;
  set(instant: Date | string): void;
}

export function testClock(start: Date | string): TestClock {
  let current = new Date(start);
  return {
    now: () => current,
    set: (instant) => {
      current = new Date(instant);
    },
  };
}

export interface BookingOffice {
  officeId: number;
  buildingId: number;
  unitId: number;
  /** Adds a service bookable on the given desks (new desks when a number is given). */
  addService(options?: ServiceOptions): Promise<{ serviceId: number; deskIds: number[] }>;
  deps(clock: TestClock, actor?: Partial<UseCaseDeps['actor']>): UseCaseDeps;
}

export interface ServiceOptions {
  desks?: number;
  durationMinutes?: number;
  dailyCap?: number | null;
  needsName?: boolean;
  contact?: BookingContactColumn;
  /** ISO weekdays with the booking hours [starts, ends]; Monday–Friday 08:00–12:00 by default. */
  schedule?: { weekdays: number[]; startsAt: string; endsAt: string };
}

let letters = 0;

/**
 * An office of its own for booking tests: one building open Monday–Friday 07:30–15:30, one unit,
 * and a booking policy with no walk-in share (tests that need one set it), 120 minutes' notice, 30 days ahead.
 * @example const office = await createBookingOffice(db); const { serviceId, deskIds } = await office.addService({ desks: 2 });
 */
export async function createBookingOffice(db: Db, policy: { walkInPercent?: number; emailDailyCap?: number } = {}): Promise<BookingOffice> {
  const office = await db
    .insertInto('office')
    .values({ name: 'Urząd Testowy', short_name: 'UT' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const building = await db
    .insertInto('building')
    .values({ office_id: office.id, name: 'Ratusz', street: 'Pasaż Rudowskiego 10', postal_code: '97-300', city: 'Piotrków Trybunalski' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const room = await db
    .insertInto('room')
    .values({ building_id: building.id, floor: 0, number: 'P.01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const unit = await db
    .insertInto('unit')
    .values({ office_id: office.id, code: 'SO', name_pl: 'Referat Spraw Obywatelskich', building_id: building.id, room_id: room.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('opening_hours')
    .values(
      [1, 2, 3, 4, 5].map((weekday) => ({
        office_id: office.id,
        building_id: building.id,
        unit_id: null,
        weekday,
        opens: '07:30',
        closes: '15:30',
      })),
    )
    .execute();
  await db
    .insertInto('booking_policy')
    .values({
      office_id: office.id,
      walk_in_percent: policy.walkInPercent ?? 0,
      email_daily_cap: policy.emailDailyCap ?? 3,
      minimum_notice_minutes: 120,
      horizon_days: 30,
    })
    .execute();
  let deskNumber = 0;
  return {
    officeId: office.id,
    buildingId: building.id,
    unitId: unit.id,
    async addService(options = {}) {
      const letter = String.fromCharCode(65 + (letters++ % 26));
      const service = await db
        .insertInto('service')
        .values({
          office_id: office.id,
          unit_id: unit.id,
          ticket_letter: letter,
          name_pl: `Sprawa ${letter}`,
          typical_minutes: 10,
          bookable_online: true,
          booking_minutes: options.durationMinutes ?? 30,
          booking_daily_cap: options.dailyCap ?? null,
          booking_needs_name: options.needsName ?? true,
          booking_contact: options.contact ?? 'email_or_phone',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const deskIds: number[] = [];
      for (let i = 0; i < (options.desks ?? 1); i += 1) {
        deskNumber += 1;
        const desk = await db
          .insertInto('desk')
          .values({ office_id: office.id, building_id: building.id, room_id: room.id, floor: 0, number: String(deskNumber) })
          .returning('id')
          .executeTakeFirstOrThrow();
        deskIds.push(desk.id);
        await db.insertInto('desk_service').values({ desk_id: desk.id, service_id: service.id }).execute();
      }
      const schedule = options.schedule ?? { weekdays: [1, 2, 3, 4, 5], startsAt: '08:00', endsAt: '12:00' };
      await db
        .insertInto('booking_schedule')
        .values(
          deskIds.flatMap((deskId) =>
            schedule.weekdays.map((weekday) => ({
              office_id: office.id,
              desk_id: deskId,
              service_id: service.id,
              weekday,
              starts_at: schedule.startsAt,
              ends_at: schedule.endsAt,
            })),
          ),
        )
        .execute();
      return { serviceId: service.id, deskIds };
    },
    deps(clock, actor = {}) {
      return {
        db,
        clock,
        actor: { kind: 'public', id: null, label: 'test', role: '', address: '192.0.2.1', officeId: office.id, ...actor },
      };
    },
  };
}

/** Rows in the tables booking writes, to prove that a refused request wrote nothing. */
export async function bookingRows(db: Db): Promise<{ bookings: number; mail: number; audit: number; state: string }> {
  const count = async (table: 'booking' | 'mail_outbox' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const state = await sql<{
    s: string | null;
  }>`SELECT string_agg(id || ':' || status || ':' || desk_id || ':' || starts_at || ':' || version, ',' ORDER BY id) AS s FROM booking`.execute(
    db,
  );
  return {
    bookings: await count('booking'),
    mail: await count('mail_outbox'),
    audit: await count('audit_log'),
    state: state.rows[0]?.s ?? '',
  };
}

/**
 * A test database of its own with a booking office, made before the suite's tests and dropped after them
 * (`node:test` hooks registered by the call): `suite.database` and `suite.office` are set once `before` ran.
 * @example const suite = bookingOfficeSuite(); it('…', async () => { await suite.office.addService(); });
 */
export function bookingOfficeSuite(): { database: TestDatabase; office: BookingOffice } {
  const suite = {} as { database: TestDatabase; office: BookingOffice };
  before(async () => {
    suite.database = await createTestDatabase();
    suite.office = await createBookingOffice(suite.database.db);
  });
  after(async () => {
    await suite.database.drop();
  });
  return suite;
}
