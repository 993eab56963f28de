import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookVisit, type BookVisitInput } from '../../src/app/booking/book-visit.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { bookingOfficeSuite, bookingRows, testClock, type BookingOffice } from '../support/booking.ts';

// Monday 23 November 2026, 09:00 in Warsaw; the booked time is Tuesday 10:00 (09:00Z).
const clock = testClock('2026-11-23T08:00:00Z');
const tuesdayTen = new Date('2026-11-24T09:00:00Z');

const request = (serviceId: number, i: number): BookVisitInput => ({
  serviceId,
  startsAt: tuesdayTen,
  name: `Osoba ${i}`,
  email: `osoba${i}@example.pl`,
  phone: '',
  locale: 'pl',
  source: 'online',
});

async function burst(office: BookingOffice, serviceId: number, count: number) {
  const deps = office.deps(clock);
  const results = await Promise.allSettled(Array.from({ length: count }, (_, i) => bookVisit(deps, request(serviceId, i))));
  const booked = results.filter((r) => r.status === 'fulfilled');
  const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  return { booked, refusals };
}

describe('a desk time is never booked twice', () => {
  const suite = bookingOfficeSuite();

  it('refuses an overlapping booked row of the same desk in the database itself, whatever the code does', async () => {
    const { serviceId, deskIds } = await suite.office.addService();
    const row = (code: string, startsAt: string, endsAt: string, status: 'booked' | 'cancelled' = 'booked', deskId = deskIds[0]!) => ({
      office_id: suite.office.officeId,
      service_id: serviceId,
      desk_id: deskId,
      code,
      starts_at: startsAt,
      ends_at: endsAt,
      office_day: '2026-11-30',
      source: 'online' as const,
      created_at: clock.now(),
      status,
      cancelled_at: status === 'cancelled' ? clock.now() : null,
    });
    await suite.database.db
      .insertInto('booking')
      .values(row('AAAA-AAAA', '2026-11-30T09:00:00Z', '2026-11-30T09:30:00Z'))
      .execute();
    await assert.rejects(
      suite.database.db
        .insertInto('booking')
        .values(row('AAAA-AAAB', '2026-11-30T09:15:00Z', '2026-11-30T09:45:00Z'))
        .execute(),
      (error: { code?: string; constraint?: string }) => error.code === '23P01' && error.constraint === 'booking_desk_time_free',
    );
    // Adjacent times, a cancelled booking over the same time, and another desk are all fine.
    await suite.database.db
      .insertInto('booking')
      .values(row('AAAA-AAAC', '2026-11-30T09:30:00Z', '2026-11-30T10:00:00Z'))
      .execute();
    await suite.database.db
      .insertInto('booking')
      .values(row('AAAA-AAAD', '2026-11-30T09:00:00Z', '2026-11-30T09:30:00Z', 'cancelled'))
      .execute();
    await suite.database.db.deleteFrom('booking').execute();
  });

  it('books exactly one of 40 simultaneous requests for one time at one desk; the other 39 hear that it was just taken', async () => {
    const { serviceId } = await suite.office.addService({ desks: 1 });
    const before = await bookingRows(suite.database.db);
    const { booked, refusals } = await burst(suite.office, serviceId, 40);
    assert.equal(booked.length, 1);
    assert.equal(refusals.length, 39);
    for (const error of refusals) {
      assert.ok(error instanceof DomainError, String(error));
      assert.equal(error.key, 'booking.refusal.slotTaken');
      assert.equal(error.kind, 'conflict');
    }
    const after = await bookingRows(suite.database.db);
    assert.equal(after.bookings - before.bookings, 1);
    assert.equal(after.audit - before.audit, 1);
  });

  it('books exactly two of 40 simultaneous requests for one time when two desks take it, one on each desk', async () => {
    const { serviceId, deskIds } = await suite.office.addService({ desks: 2 });
    const { booked, refusals } = await burst(suite.office, serviceId, 40);
    assert.equal(booked.length, 2);
    assert.ok(refusals.every((e) => e instanceof DomainError && e.key === 'booking.refusal.slotTaken'));
    const rows = await suite.database.db
      .selectFrom('booking')
      .select('desk_id')
      .where('service_id', '=', serviceId)
      .orderBy('desk_id')
      .execute();
    assert.deepEqual(
      rows.map((r) => r.desk_id),
      deskIds,
    );
  });

  it('keeps a service daily cap exact under a burst for different times', async () => {
    const { serviceId } = await suite.office.addService({ desks: 3, dailyCap: 4, durationMinutes: 30 });
    const deps = suite.office.deps(clock);
    // Eight times × three desks = 24 free slots; the cap allows four.
    const times = Array.from({ length: 8 }, (_, i) => new Date(tuesdayTen.getTime() + (i - 4) * 30 * 60_000));
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) => bookVisit(deps, { ...request(serviceId, 100 + i), startsAt: times[i % 8]! })),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 4);
    for (const r of results)
      if (r.status === 'rejected')
        assert.ok(
          r.reason instanceof DomainError && ['booking.refusal.dayFull', 'booking.refusal.slotTaken'].includes(r.reason.key),
          String(r.reason),
        );
  });
});
