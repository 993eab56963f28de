import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookVisit, type BookVisitInput } from '../../src/app/booking/book-visit.ts';
import { cancelBooking } from '../../src/app/booking/cancel-booking.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { bookingRows, createBookingOffice, testClock, type BookingOffice } from '../support/booking.ts';

// Monday 23 November 2026, 09:00 in Warsaw.
const clock = testClock('2026-11-23T08:00:00Z');
const at = (iso: string) => new Date(iso);

describe('a refused booking writes nothing and says why', () => {
  let database: TestDatabase;
  let office: BookingOffice;
  let serviceId: number;
  let cappedId: number;
  let emailOnlyId: number;
  let phoneOnlyId: number;
  before(async () => {
    database = await createTestDatabase();
    office = await createBookingOffice(database.db);
    ({ serviceId } = await office.addService({ desks: 1 }));
    ({ serviceId: cappedId } = await office.addService({ desks: 2, dailyCap: 1 }));
    ({ serviceId: emailOnlyId } = await office.addService({ contact: 'email' }));
    ({ serviceId: phoneOnlyId } = await office.addService({ contact: 'phone', needsName: false }));
  });
  after(async () => {
    await database.drop();
  });

  const input = (overrides: Partial<BookVisitInput> = {}): BookVisitInput => ({
    serviceId,
    startsAt: at('2026-11-24T09:00:00Z'),
    name: 'Anna Nowak',
    email: 'anna.nowak@example.pl',
    phone: '',
    locale: 'pl',
    source: 'online',
    ...overrides,
  });

  async function refused(request: BookVisitInput, check: (error: DomainError) => void): Promise<void> {
    const before = await bookingRows(database.db);
    await assert.rejects(bookVisit(office.deps(clock), request), (error: unknown) => {
      assert.ok(error instanceof DomainError, String(error));
      check(error);
      return true;
    });
    assert.deepEqual(await bookingRows(database.db), before);
  }

  it('refuses a day in the past', async () => {
    await refused(input({ startsAt: at('2026-11-20T09:00:00Z') }), (e) => assert.equal(e.fields.date?.key, 'booking.refusal.dayInPast'));
  });

  it('refuses a day beyond the horizon, naming the last bookable day', async () => {
    await refused(input({ startsAt: at('2026-12-28T09:00:00Z') }), (e) => {
      assert.equal(e.fields.date?.key, 'booking.refusal.beyondHorizon');
      assert.equal(e.fields.date?.values?.lastDate, '2026-12-23');
    });
  });

  it('refuses a time sooner than the minimum notice, naming the earliest time', async () => {
    await refused(input({ startsAt: at('2026-11-23T09:30:00Z') }), (e) => {
      assert.equal(e.fields.time?.key, 'booking.refusal.tooSoon');
      assert.equal(e.fields.time?.values?.earliest, '11:00');
    });
  });

  it('refuses a time the schedule does not offer', async () => {
    await refused(input({ startsAt: at('2026-11-24T12:00:00Z') }), (e) =>
      assert.equal(e.fields.time?.key, 'booking.refusal.slotNotOffered'),
    );
    await refused(input({ startsAt: at('2026-11-24T09:10:00Z') }), (e) =>
      assert.equal(e.fields.time?.key, 'booking.refusal.slotNotOffered'),
    );
  });

  it('refuses a second active booking of the same service by the same e-mail, in any letter case, or the same phone', async () => {
    await bookVisit(office.deps(clock), input({ email: 'Jan.Kowalski@Example.pl', phone: '600 100 200' }));
    await refused(input({ email: 'jan.kowalski@example.pl', startsAt: at('2026-11-25T09:00:00Z') }), (e) => {
      assert.equal(e.kind, 'conflict');
      assert.equal(e.key, 'booking.refusal.alreadyBooked');
    });
    await refused(input({ email: 'ktos.inny@example.pl', phone: '+48600100200', startsAt: at('2026-11-25T09:00:00Z') }), (e) =>
      assert.equal(e.key, 'booking.refusal.alreadyBooked'),
    );
  });

  it('refuses a day whose service cap is reached', async () => {
    await bookVisit(office.deps(clock), input({ serviceId: cappedId, email: 'pierwsza@example.pl' }));
    await refused(input({ serviceId: cappedId, email: 'druga@example.pl', startsAt: at('2026-11-24T10:00:00Z') }), (e) => {
      assert.equal(e.kind, 'conflict');
      assert.equal(e.key, 'booking.refusal.dayFull');
    });
  });

  it('refuses the fourth booking one e-mail makes in a day, cancelled ones counted', async () => {
    const deps = office.deps(clock);
    const email = 'czesto@example.pl';
    for (const hour of ['07', '08', '09']) {
      const booked = await bookVisit(deps, input({ email, startsAt: at(`2026-11-26T${hour}:00:00Z`) }));
      await cancelBooking(deps, { code: booked.code, token: booked.manageToken });
    }
    await refused(input({ email, startsAt: at('2026-11-26T10:00:00Z') }), (e) => {
      assert.equal(e.kind, 'rate_limited');
      assert.equal(e.key, 'booking.refusal.emailDailyCap');
      assert.equal(e.values.cap, 3);
    });
  });

  it('refuses an e-mail address that is not one', async () => {
    await refused(input({ email: 'anna.nowak@', startsAt: at('2026-11-27T09:00:00Z') }), (e) =>
      assert.deepEqual(e.fields, { email: { key: 'booking.field.emailFormat' } }),
    );
  });

  it('refuses a phone number that is not one, in Poland or abroad', async () => {
    await refused(input({ email: '', phone: '12345', startsAt: at('2026-11-27T09:00:00Z') }), (e) =>
      assert.deepEqual(e.fields, { phone: { key: 'booking.field.phoneFormat' } }),
    );
    await refused(input({ email: '', phone: '+380 12 345 6789', startsAt: at('2026-11-27T09:00:00Z') }), (e) =>
      assert.deepEqual(e.fields, { phone: { key: 'booking.field.phoneFormat' } }),
    );
  });

  it('refuses a missing name and missing contact details all at once', async () => {
    await refused(input({ name: '  ', email: '', phone: '' }), (e) =>
      assert.deepEqual(e.fields, {
        name: { key: 'booking.field.nameRequired' },
        email: { key: 'booking.field.contactRequired' },
      }),
    );
    await refused(input({ serviceId: emailOnlyId, email: '', phone: '600 100 300' }), (e) =>
      assert.deepEqual(e.fields, { email: { key: 'booking.field.emailRequired' } }),
    );
  });

  it('keeps only the details a service asks for', async () => {
    const booked = await bookVisit(
      office.deps(clock),
      input({ serviceId: phoneOnlyId, name: 'Niepotrzebne', email: 'niepotrzebny@example.pl', phone: '0048 601-200-300' }),
    );
    const row = await database.db
      .selectFrom('booking')
      .select(['person_name', 'email', 'email_identity', 'phone'])
      .where('id', '=', booked.bookingId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { person_name: null, email: null, email_identity: null, phone: '+48601200300' });
    // No e-mail, no mail.
    assert.equal((await database.db.selectFrom('mail_outbox').select('id').where('booking_id', '=', booked.bookingId).execute()).length, 0);
  });

  it('books a resident from abroad: a Ukrainian number is kept in E.164', async () => {
    const booked = await bookVisit(
      office.deps(clock),
      input({ serviceId: phoneOnlyId, email: '', phone: '+380 67 123 45 67', startsAt: at('2026-11-24T10:00:00Z') }),
    );
    const row = await database.db.selectFrom('booking').select('phone').where('id', '=', booked.bookingId).executeTakeFirstOrThrow();
    assert.equal(row.phone, '+380671234567');
  });

  it('answers not found for a service that cannot be booked online', async () => {
    await database.db.updateTable('service').set({ bookable_online: false }).where('id', '=', emailOnlyId).execute();
    await refused(input({ serviceId: emailOnlyId }), (e) => {
      assert.equal(e.kind, 'not_found');
      assert.equal(e.key, 'booking.service.notFound');
    });
  });
});
