import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anonymiseBookings } from '../../src/app/booking/anonymise-bookings.ts';
import { bookVisit } from '../../src/app/booking/book-visit.ts';
import { BOOKING_JOBS } from '../../src/app/jobs/booking-jobs.ts';
import { startJobs, type ScheduledJob } from '../../src/app/jobs/scheduler.ts';
import { verifyAuditChain } from '../../src/storage/audit-repository.ts';
import { withJobLock } from '../../src/storage/job-lock.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { createBookingOffice, testClock, type BookingOffice } from '../support/booking.ts';

const booked = testClock('2026-11-23T08:00:00Z');
const system = { kind: 'system' as const, id: null, label: 'okienko', role: '' };

describe('the booking jobs: anonymisation after the retention period, and the scheduler', () => {
  let database: TestDatabase;
  let office: BookingOffice;
  let serviceId: number;

  before(async () => {
    database = await createTestDatabase();
    office = await createBookingOffice(database.db);
    ({ serviceId } = await office.addService({ desks: 1 }));
  });
  after(async () => {
    await database.drop();
  });

  let phones = 0;
  const book = (startsAt: string, email: string) =>
    bookVisit(office.deps(booked), {
      serviceId,
      startsAt: new Date(startsAt),
      name: 'Anna Nowak',
      email,
      phone: `600 123 4${String((phones += 1)).padStart(2, '0')}`,
      locale: 'pl',
      source: 'online',
    });
  const person = (id: number) =>
    database.db
      .selectFrom('booking')
      .select(['person_name', 'email', 'email_identity', 'phone', 'anonymised_at', 'status', 'service_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('erases a booking’s personal data and its mails 30 days after the visit day, not a minute before', async () => {
    // Visits on Tuesday 24 and Wednesday 25 November (Warsaw); the default retention is 30 days.
    const first = await book('2026-11-24T09:00:00Z', 'anna@example.pl');
    const second = await book('2026-11-25T09:00:00Z', 'ola@example.pl');
    // The confirmation as the mail worker leaves it once sent.
    await database.db
      .updateTable('mail_outbox')
      .set({ recipient: 'anna@example.pl', subject: 'Potwierdzenie wizyty', body_text: 'Anna Nowak, wizyta 24.11 o 10:00' })
      .where('booking_id', '=', first.bookingId)
      .execute();
    const deps = (at: string) => office.deps(testClock(at), system);

    // 24 December 23:59 in Warsaw: the 30th full day after the visit is not over yet.
    assert.deepEqual(await anonymiseBookings(deps('2026-12-24T22:59:00Z')), { count: 0 });
    assert.equal((await person(first.bookingId)).email, 'anna@example.pl');

    // 25 December 00:00 in Warsaw: due.
    assert.deepEqual(await anonymiseBookings(deps('2026-12-24T23:00:00Z')), { count: 1 });
    assert.deepEqual(await person(first.bookingId), {
      person_name: null,
      email: null,
      email_identity: null,
      phone: null,
      anonymised_at: new Date('2026-12-24T23:00:00Z'),
      status: 'booked',
      service_id: serviceId,
    });
    const mails = await database.db
      .selectFrom('mail_outbox')
      .select(['recipient', 'subject', 'body_text', 'kind'])
      .where('booking_id', '=', first.bookingId)
      .execute();
    assert.ok(mails.length >= 1);
    for (const mail of mails)
      assert.deepEqual({ ...mail, kind: undefined }, { recipient: null, subject: null, body_text: null, kind: undefined });
    assert.equal((await person(second.bookingId)).email, 'ola@example.pl');
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['actor_kind', 'details'])
      .where('action', '=', 'booking.anonymise')
      .execute();
    assert.deepEqual(audit, [{ actor_kind: 'system', details: { count: 1, bookingIds: [first.bookingId], cutoff: '2026-11-25' } }]);

    // Again the same day: nothing more to do, nothing written.
    assert.deepEqual(await anonymiseBookings(deps('2026-12-24T23:30:00Z')), { count: 0 });
    assert.equal((await database.db.selectFrom('audit_log').select('id').where('action', '=', 'booking.anonymise').execute()).length, 1);
  });

  it('follows the office’s retention setting', async () => {
    const visit = await book('2026-11-26T09:00:00Z', 'jan@example.pl');
    await database.db.updateTable('booking_policy').set({ retention_days: 0 }).where('office_id', '=', office.officeId).execute();
    const deps = (at: string) => office.deps(testClock(at), system);
    // With 0 days the data goes the day after the visit.
    await anonymiseBookings(deps('2026-11-26T22:59:00Z'));
    assert.equal((await person(visit.bookingId)).email, 'jan@example.pl');
    await anonymiseBookings(deps('2026-11-26T23:00:00Z'));
    assert.equal((await person(visit.bookingId)).email, null);
    assert.equal((await verifyAuditChain(database.db)).ok, true);
  });

  it('runs a job in one process at a time: the second try skips instead of waiting', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = withJobLock(database.db, 'test.job', async () => {
      await held;
      return 'first';
    });
    // Give the first call time to take its lock.
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(await withJobLock(database.db, 'test.job', async () => 'second'), { ran: false });
    assert.deepEqual(await withJobLock(database.db, 'another.job', async () => 'other'), { ran: true, result: 'other' });
    release();
    assert.deepEqual(await first, { ran: true, result: 'first' });
    assert.deepEqual(await withJobLock(database.db, 'test.job', async () => 'third'), { ran: true, result: 'third' });
  });

  it('the scheduler runs each job at start, logs what it did and a failure, and stops after the runs under way', async () => {
    const logged: string[] = [];
    let finished = false;
    const jobs: ScheduledJob[] = [
      {
        name: 'test.slow',
        everyMs: 60_000,
        run: async () => {
          await new Promise((resolve) => setTimeout(resolve, 150));
          finished = true;
          return 'done';
        },
      },
      { name: 'test.failing', everyMs: 60_000, run: () => Promise.reject(new Error('boom')) },
      ...BOOKING_JOBS,
    ];
    const scheduler = startJobs({ db: database.db, clock: testClock('2026-11-24T12:00:00Z') }, jobs, (level, message) =>
      logged.push(`${level}: ${message}`),
    );
    await scheduler.stop();
    assert.equal(finished, true);
    assert.ok(logged.includes('info: test.slow: done'), logged.join('\n'));
    assert.ok(logged.includes('warn: test.failing failed: boom'), logged.join('\n'));
    // The booking jobs ran too: the 24 November visit's window closed at noon, so it is a no-show now.
    const rows = await database.db
      .selectFrom('booking')
      .select('status')
      .where('starts_at', '=', new Date('2026-11-24T09:00:00Z'))
      .execute();
    assert.deepEqual(rows, [{ status: 'no_show' }]);
  });
});
