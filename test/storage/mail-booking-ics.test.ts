import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { systemActor, systemClock } from '../../src/app/shared/deps.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { bookingIcs, type BookingIcsDeps } from '../../src/app/booking/booking-ics.ts';
import { manageLinkExpiry, signManageToken } from '../../src/app/booking/manage-token.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { bookingMailWording } from '../../src/ui/mail/booking-mail.tsx';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { icsInstant, insertBooking, parseIcs, TestClock, warsawLocal } from '../support/mail.ts';

const refusedWith = (key: string) => (error: unknown) => error instanceof DomainError && error.key === key;

describe("the confirmation page's calendar download", () => {
  let database: TestDatabase;
  let deps: BookingIcsDeps;
  const clock = new TestClock('2026-10-20T09:00:00Z');

  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
    deps = { db: database.db, clock, actor: systemActor(1), wording: bookingMailWording, publicUrl: 'https://urzad.example.pl' };
  });
  after(async () => {
    await database.drop();
  });

  it("gives the booking's event for its manage link, at the right time on the day the clocks go back", async () => {
    const booking = await insertBooking(database.db, { startsAt: '2026-10-25T08:30:00Z', locale: 'en' });
    const token = await signManageToken(database.db, {
      code: booking.code,
      version: 1,
      expiresAt: manageLinkExpiry(new Date('2026-10-25T08:45:00Z')),
    });
    const file = await bookingIcs(deps, { code: booking.code.toLowerCase(), token });
    assert.equal(file.filename, `wizyta-${booking.code}.ics`);
    const { calendar, event } = parseIcs(file.content);
    assert.equal(calendar.get('METHOD'), 'PUBLISH');
    assert.equal(event.get('UID'), `booking-${booking.code}@urzad.example.pl`);
    assert.equal(warsawLocal(icsInstant(event.get('DTSTART')!)), '2026-10-25 09:30');
    assert.match(event.get('DESCRIPTION') ?? '', /Booking code: /);
  });

  it('refuses a link of an older version of the booking, and a link made for another code', async () => {
    const booking = await insertBooking(database.db, { startsAt: '2026-10-26T08:30:00Z', deskIndex: 1 });
    const expiresAt = manageLinkExpiry(new Date('2026-10-26T08:45:00Z'));
    const old = await signManageToken(database.db, { code: booking.code, version: 1, expiresAt });
    await database.db.updateTable('booking').set({ version: 2 }).where('id', '=', booking.id).execute();
    await assert.rejects(bookingIcs(deps, { code: booking.code, token: old }), refusedWith('booking.manage.linkInvalid'));
    const other = await insertBooking(database.db, { startsAt: '2026-10-27T08:30:00Z', deskIndex: 2 });
    await assert.rejects(bookingIcs(deps, { code: other.code, token: old }), refusedWith('booking.manage.linkInvalid'));
  });
});
