import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookVisit, type BookVisitInput } from '../../src/app/booking/book-visit.ts';
import { bookingByManageLink } from '../../src/app/booking/booking-view.ts';
import { cancelBooking } from '../../src/app/booking/cancel-booking.ts';
import { moveBooking } from '../../src/app/booking/move-booking.ts';
import { signManageToken } from '../../src/app/booking/manage-token.ts';
import { verifyAuditChain } from '../../src/storage/audit-repository.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { bookingRows, createBookingOffice, testClock, type BookingOffice } from '../support/booking.ts';

const clock = testClock('2026-11-23T08:00:00Z');
const at = (iso: string) => new Date(iso);
const refusedWith = (key: string) => (error: unknown) => error instanceof DomainError && error.key === key;

describe('managing a booking through its link', () => {
  let database: TestDatabase;
  let office: BookingOffice;
  let serviceId: number;
  let n = 0;
  before(async () => {
    database = await createTestDatabase();
    office = await createBookingOffice(database.db);
    ({ serviceId } = await office.addService({ desks: 1 }));
  });
  after(async () => {
    await database.drop();
  });
  const book = (startsAt: string, overrides: Partial<BookVisitInput> = {}) =>
    bookVisit(office.deps(clock), {
      serviceId,
      startsAt: at(startsAt),
      name: 'Anna Nowak',
      email: `anna${(n += 1)}@example.pl`,
      phone: '',
      locale: 'pl',
      source: 'online',
      ...overrides,
    });
  const mails = async (bookingId: number) =>
    (
      await database.db
        .selectFrom('mail_outbox')
        .select(['kind', 'status', 'booking_version', 'send_after'])
        .where('booking_id', '=', bookingId)
        .orderBy('id')
        .execute()
    ).map((m) => `${m.kind}:${m.status}:v${m.booking_version}:${m.send_after.toISOString()}`);

  it('queues the confirmation now and the reminder a day before the visit', async () => {
    const booked = await book('2026-11-25T09:00:00Z');
    assert.match(booked.code, /^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    assert.equal(booked.version, 1);
    assert.deepEqual(await mails(booked.bookingId), [
      'booking_confirmed:pending:v1:2026-11-23T08:00:00.000Z',
      'booking_reminder:pending:v1:2026-11-24T09:00:00.000Z',
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', String(booked.bookingId))
      .execute();
    assert.deepEqual(audit, [{ action: 'booking.create', details: { serviceId, deskId: booked.deskId, source: 'online' } }]);
  });

  it('shows the owner their booking, their details and the place, and audits the read', async () => {
    const booked = await book('2026-11-25T10:00:00Z', { phone: '600 123 456' });
    const view = await bookingByManageLink(office.deps(clock), { code: booked.code.toLowerCase(), token: booked.manageToken });
    assert.equal(view.status, 'booked');
    assert.equal(view.changeable, true);
    assert.equal(view.deskNumber, '1');
    assert.equal(view.where.building, 'Ratusz');
    assert.equal(view.where.room, 'P.01');
    assert.deepEqual(view.person, { name: 'Anna Nowak', email: `anna${n}@example.pl`, phone: '+48 600 123 456' });
    assert.equal(view.startsAt.toISOString(), '2026-11-25T10:00:00.000Z');
    const reads = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'booking.read')
      .where('subject_id', '=', String(booked.bookingId))
      .execute();
    assert.equal(reads.length, 1);
  });

  it('refuses a tampered token, a token for another code, an expired link and an unknown code', async () => {
    const booked = await book('2026-11-25T10:30:00Z');
    const flipped = booked.manageToken.at(-5) === 'A' ? 'B' : 'A';
    const tampered = `${booked.manageToken.slice(0, -5)}${flipped}${booked.manageToken.slice(-4)}`;
    await assert.rejects(
      bookingByManageLink(office.deps(clock), { code: booked.code, token: tampered }),
      refusedWith('booking.manage.linkInvalid'),
    );
    await assert.rejects(
      bookingByManageLink(office.deps(clock), { code: 'ZZZZ-ZZZZ', token: booked.manageToken }),
      refusedWith('booking.manage.linkInvalid'),
    );
    await assert.rejects(
      bookingByManageLink(office.deps(clock), { code: 'not a code', token: booked.manageToken }),
      refusedWith('booking.manage.linkInvalid'),
    );
    await assert.rejects(
      bookingByManageLink(office.deps(testClock('2026-11-27T12:00:00Z')), { code: booked.code, token: booked.manageToken }),
      refusedWith('booking.manage.linkExpired'),
    );
    const unknown = await signManageToken(database.db, { code: 'ZZZZ-ZZZZ', version: 1, expiresAt: at('2026-12-01T09:00:00Z') });
    await assert.rejects(
      bookingByManageLink(office.deps(clock), { code: 'ZZZZ-ZZZZ', token: unknown }),
      refusedWith('booking.manage.notFound'),
    );
    const before = await bookingRows(database.db);
    await assert.rejects(
      cancelBooking(office.deps(clock), { code: booked.code, token: tampered }),
      refusedWith('booking.manage.linkInvalid'),
    );
    assert.deepEqual(await bookingRows(database.db), before);
  });

  it('moves a booking in one step: the new time is taken, the old one freed, the mails follow the new version', async () => {
    const booked = await book('2026-11-26T07:00:00Z');
    const moved = await moveBooking(office.deps(clock), {
      code: booked.code,
      token: booked.manageToken,
      startsAt: at('2026-11-26T10:30:00Z'),
    });
    assert.equal(moved.version, 2);
    assert.equal(moved.startsAt.toISOString(), '2026-11-26T10:30:00.000Z');
    assert.equal(moved.endsAt.toISOString(), '2026-11-26T11:00:00.000Z');
    const row = await database.db
      .selectFrom('booking')
      .select(['starts_at', 'version', 'status'])
      .where('id', '=', booked.bookingId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { starts_at: at('2026-11-26T10:30:00Z'), version: 2, status: 'booked' });
    assert.deepEqual(await mails(booked.bookingId), [
      'booking_confirmed:skipped:v1:2026-11-23T08:00:00.000Z',
      'booking_reminder:skipped:v1:2026-11-25T07:00:00.000Z',
      'booking_moved:pending:v2:2026-11-23T08:00:00.000Z',
      'booking_reminder:pending:v2:2026-11-25T10:30:00.000Z',
    ]);
    // The old time is free for someone else at once.
    await book('2026-11-26T07:00:00Z');
    // The link of the first version no longer works; the new one does.
    await assert.rejects(
      bookingByManageLink(office.deps(clock), { code: booked.code, token: booked.manageToken }),
      refusedWith('booking.manage.linkReplaced'),
    );
    await assert.rejects(
      cancelBooking(office.deps(clock), { code: booked.code, token: booked.manageToken }),
      refusedWith('booking.manage.linkReplaced'),
    );
    assert.equal((await bookingByManageLink(office.deps(clock), { code: booked.code, token: moved.manageToken })).version, 2);
  });

  it('changes nothing when the new time is already taken', async () => {
    const mine = await book('2026-11-27T07:00:00Z');
    await book('2026-11-27T08:00:00Z');
    const before = await bookingRows(database.db);
    await assert.rejects(
      moveBooking(office.deps(clock), { code: mine.code, token: mine.manageToken, startsAt: at('2026-11-27T08:00:00Z') }),
      (error: unknown) => error instanceof DomainError && error.key === 'booking.refusal.slotTaken' && error.kind === 'conflict',
    );
    assert.deepEqual(await bookingRows(database.db), before);
    // The link still works: the version did not change.
    assert.equal(
      (await bookingByManageLink(office.deps(clock), { code: mine.code, token: mine.manageToken })).startsAt.toISOString(),
      '2026-11-27T07:00:00.000Z',
    );
  });

  it('cancels a booking: the time is free for another booking, and a second cancel answers 409', async () => {
    const booked = await book('2026-11-30T08:00:00Z');
    await assert.rejects(book('2026-11-30T08:00:00Z'), refusedWith('booking.refusal.slotTaken'));
    const cancelled = await cancelBooking(office.deps(clock), { code: booked.code, token: booked.manageToken });
    assert.equal(cancelled.version, 2);
    assert.deepEqual(await mails(booked.bookingId), [
      'booking_confirmed:skipped:v1:2026-11-23T08:00:00.000Z',
      'booking_reminder:skipped:v1:2026-11-29T08:00:00.000Z',
      'booking_cancelled:pending:v2:2026-11-23T08:00:00.000Z',
    ]);
    await book('2026-11-30T08:00:00Z');
    // The link the person holds (of the booked version) now says the visit was cancelled, not "changed".
    await assert.rejects(
      bookingByManageLink(office.deps(clock), { code: booked.code, token: booked.manageToken }),
      refusedWith('booking.manage.linkCancelled'),
    );
    const token = await signManageToken(database.db, { code: booked.code, version: 2, expiresAt: at('2026-12-01T09:00:00Z') });
    const view = await bookingByManageLink(office.deps(clock), { code: booked.code, token });
    assert.equal(view.status, 'cancelled');
    assert.equal(view.changeable, false);
  });

  it('answers 409 when cancelling a checked-in booking, or one whose time has come', async () => {
    const booked = await book('2026-12-01T08:00:00Z');
    await database.db
      .updateTable('booking')
      .set({ status: 'checked_in', checked_in_at: at('2026-12-01T07:55:00Z') })
      .where('id', '=', booked.bookingId)
      .execute();
    await assert.rejects(
      cancelBooking(office.deps(clock), { code: booked.code, token: booked.manageToken }),
      refusedWith('booking.manage.checkedIn'),
    );
    const later = await book('2026-12-01T09:00:00Z');
    await assert.rejects(
      cancelBooking(office.deps(testClock('2026-12-01T09:05:00Z')), { code: later.code, token: later.manageToken }),
      refusedWith('booking.manage.visitStarted'),
    );
  });

  it('turns a lapsed booking of the same person into a no-show before booking again', async () => {
    const email = 'powrot@example.pl';
    const first = await book('2026-11-24T08:00:00Z', { email });
    // Wednesday: the Tuesday visit passed without a check-in.
    const wednesday = testClock('2026-11-25T06:00:00Z');
    const second = await bookVisit(office.deps(wednesday), {
      serviceId,
      startsAt: at('2026-12-02T08:00:00Z'),
      name: 'Anna Nowak',
      email,
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    const rows = await database.db
      .selectFrom('booking')
      .select(['id', 'status', 'no_show_at'])
      .where('email_identity', '=', email)
      .orderBy('id')
      .execute();
    assert.deepEqual(rows, [
      { id: first.bookingId, status: 'no_show', no_show_at: wednesday.now() },
      { id: second.bookingId, status: 'booked', no_show_at: null },
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'booking.create')
      .where('subject_id', '=', String(second.bookingId))
      .executeTakeFirstOrThrow();
    assert.deepEqual((audit.details as { markedNoShow: number[] }).markedNoShow, [first.bookingId]);
  });

  it('keeps the audit chain intact and free of personal data', async () => {
    assert.equal((await verifyAuditChain(database.db)).ok, true);
    const details = await database.db.selectFrom('audit_log').select('details').execute();
    const text = JSON.stringify(details);
    assert.doesNotMatch(text, /@|Anna|\+48/);
  });
});
