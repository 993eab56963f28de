import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { bookingService } from '../../src/app/booking/bookable-services.ts';
import { bookVisit } from '../../src/app/booking/book-visit.ts';
import { readBookingPolicy } from '../../src/app/booking/booking-policy.ts';
import { freeTimes } from '../../src/app/booking/free-times.ts';
import { readSlotContext } from '../../src/app/booking/slot-context.ts';
import type { Database } from '../../src/storage/schema.ts';
import { settingsStamp } from '../../src/storage/settings-cache.ts';
import { createTestDatabase } from '../support/database.ts';
import { bookingOfficeSuite, createBookingOffice, testClock } from '../support/booking.ts';

// Monday 23 November 2026, 09:00 in Warsaw.
const clock = testClock('2026-11-23T08:00:00Z');
const TUESDAY = '2026-11-24';

describe('settings kept in memory while the settings are unchanged', () => {
  const suite = bookingOfficeSuite();

  it('lets the callers of one turn of the event loop share one stamp read, sent after they asked', async () => {
    const statements: string[] = [];
    const pool = new pg.Pool({ connectionString: suite.database.connectionString, max: 4 });
    const counted = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => {
        statements.push(event.query.sql);
      },
    });
    try {
      const { serviceId } = await suite.office.addService();
      const before = await settingsStamp(counted);
      // A change committed before they ask is seen by all of them.
      await suite.database.db.updateTable('service').set({ name_pl: 'Karta mieszkańca' }).where('id', '=', serviceId).execute();
      statements.length = 0;
      const stamps = await Promise.all(Array.from({ length: 50 }, () => settingsStamp(counted)));
      assert.equal(new Set(stamps).size, 1);
      assert.notEqual(stamps[0], before);
      assert.equal(statements.length, 1, 'one statement for fifty requests of one turn');
      assert.equal(await settingsStamp(counted), stamps[0]);
      assert.equal(statements.length, 2, 'a request after those reads again');
    } finally {
      await counted.destroy();
    }
  });

  it('changes the stamp at the commit of a settings change, not before it, not on a rollback, not on a booking', async () => {
    const { db } = suite.database;
    const { serviceId } = await suite.office.addService();
    const before = await settingsStamp(db);
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('service').set({ name_pl: 'Dowód osobisty' }).where('id', '=', serviceId).execute();
      assert.equal(await settingsStamp(db), before, 'another connection sees no change before the commit');
    });
    const changed = await settingsStamp(db);
    assert.notEqual(changed, before);
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await tx.updateTable('desk').set({ floor: 1 }).where('office_id', '=', suite.office.officeId).execute();
        throw new Error('rolled back');
      }),
      /rolled back/,
    );
    assert.equal(await settingsStamp(db), changed, 'a rolled-back change leaves the stamp');
    await bookVisit(suite.office.deps(clock), {
      serviceId,
      startsAt: new Date('2026-11-24T07:00:00Z'),
      name: 'Jan',
      email: 'jan@example.pl',
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    assert.equal(await settingsStamp(db), changed, 'a booking is not a settings change');
    await db.deleteFrom('opening_hours').where('office_id', '=', suite.office.officeId).where('weekday', '=', 5).execute();
    assert.notEqual(await settingsStamp(db), changed, 'hours are settings');
  });

  it('serves the next request the service, policy and slot settings as changed by plain SQL', async () => {
    const { db } = suite.database;
    const { serviceId } = await suite.office.addService({ desks: 1, durationMinutes: 60 });
    const deps = suite.office.deps(clock);
    assert.equal((await bookingService(deps, serviceId)).durationMinutes, 60);
    assert.equal((await readBookingPolicy(db, suite.office.officeId)).horizonDays, 30);
    assert.deepEqual(
      (await freeTimes(deps, { serviceId, date: TUESDAY })).times.map((t) => t.time),
      ['08:00', '09:00', '10:00', '11:00'],
    );

    await sql`UPDATE service SET booking_minutes = 120, name_pl = 'Paszport' WHERE id = ${serviceId}`.execute(db);
    await sql`UPDATE booking_policy SET horizon_days = 7 WHERE office_id = ${suite.office.officeId}`.execute(db);
    const service = await bookingService(deps, serviceId);
    assert.equal(service.durationMinutes, 120);
    assert.equal(service.name.pl, 'Paszport');
    assert.equal((await readBookingPolicy(db, suite.office.officeId)).horizonDays, 7);
    assert.deepEqual(
      (await freeTimes(deps, { serviceId, date: TUESDAY })).times.map((t) => t.time),
      ['08:00', '10:00'],
    );

    // The day closed by an exception: no times; the service no longer bookable: not found.
    await sql`INSERT INTO calendar_exception (office_id, building_id, starts_on, ends_on, kind, reason_pl, reason_en, reason_uk)
              VALUES (${suite.office.officeId}, NULL, ${TUESDAY}, ${TUESDAY}, 'closed', 'Inwentaryzacja', 'Stocktaking', 'Інвентаризація')`.execute(
      db,
    );
    assert.deepEqual((await freeTimes(deps, { serviceId, date: TUESDAY })).times, []);
    await sql`UPDATE service SET bookable_online = false WHERE id = ${serviceId}`.execute(db);
    await assert.rejects(bookingService(deps, serviceId), { key: 'booking.service.notFound' });
    await assert.rejects(freeTimes(deps, { serviceId, date: '2026-11-25' }), { key: 'booking.service.notFound' });
  });

  it('reads afresh inside a transaction that changed settings, and keeps nothing it saw there', async () => {
    const { db } = suite.database;
    const { serviceId } = await suite.office.addService({ desks: 1, durationMinutes: 60 });
    const request = { officeId: suite.office.officeId, serviceId, from: TUESDAY, to: TUESDAY };
    assert.equal((await readSlotContext(db, request, clock.now())).query.durationMinutes, 60);
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await tx.updateTable('service').set({ booking_minutes: 30 }).where('id', '=', serviceId).execute();
        assert.equal((await readSlotContext(tx, request, clock.now())).query.durationMinutes, 30, 'the transaction sees its own change');
        throw new Error('rolled back');
      }),
      /rolled back/,
    );
    assert.equal((await readSlotContext(db, request, clock.now())).query.durationMinutes, 60, 'the rolled-back change was not kept');
    await db.transaction().execute(async (tx) => {
      assert.equal(
        (await readSlotContext(tx, request, clock.now())).query.durationMinutes,
        60,
        'a transaction that wrote nothing reads the kept settings',
      );
    });
  });

  it('keeps two databases apart even when both were copied from one template and changed alike', async () => {
    const [first, second] = [await createTestDatabase(), await createTestDatabase()];
    try {
      assert.notEqual(await settingsStamp(first.db), await settingsStamp(second.db), 'copies start with the same settings_version row');
      // The same history on both: the same ids and the same version numbers, different names at the end.
      const offices = [await createBookingOffice(first.db), await createBookingOffice(second.db)];
      const services = [await offices[0]!.addService(), await offices[1]!.addService()];
      assert.equal(services[0]!.serviceId, services[1]!.serviceId);
      await sql`UPDATE service SET name_pl = 'Tutaj' WHERE id = ${services[0]!.serviceId}`.execute(first.db);
      assert.equal((await bookingService(offices[0]!.deps(clock), services[0]!.serviceId)).name.pl, 'Tutaj');
      await sql`UPDATE service SET name_pl = 'Tam' WHERE id = ${services[1]!.serviceId}`.execute(second.db);
      assert.equal((await bookingService(offices[1]!.deps(clock), services[1]!.serviceId)).name.pl, 'Tam');
      assert.equal((await bookingService(offices[0]!.deps(clock), services[0]!.serviceId)).name.pl, 'Tutaj');
    } finally {
      await first.drop();
      await second.drop();
    }
  });
});
