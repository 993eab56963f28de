import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { bookVisit } from '../../src/app/booking/book-visit.ts';
import { cancelBooking } from '../../src/app/booking/cancel-booking.ts';
import { checkInBooking } from '../../src/app/booking/check-in.ts';
import { markNoShows } from '../../src/app/booking/mark-no-shows.ts';
import { callNext, finishService, issueTicket, openDesk, startService } from '../../src/app/queue/index.ts';
import type { UseCaseDeps } from '../../src/app/shared/deps.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { verifyAuditChain } from '../../src/storage/audit-repository.ts';
import { insertBookingIfFree } from '../../src/storage/booking-repository.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { bookingRows, createBookingOffice, testClock, type BookingOffice, type TestClock } from '../support/booking.ts';
import { writtenRows } from '../support/queue.ts';

// Tuesday 24 November 2026; Warsaw is UTC+1, so a visit at 10:00 Warsaw starts at 09:00Z.
const booked = testClock('2026-11-23T08:00:00Z');
const refusedWith = (key: string, values?: Record<string, string>) => (error: unknown) => {
  if (!(error instanceof DomainError) || error.key !== key) return false;
  if (values) assert.deepEqual(error.values, values);
  return true;
};

describe('arriving with a booking: check-in at the kiosk, the call order, no-shows', () => {
  let database: TestDatabase;
  let office: BookingOffice;
  let serviceId: number;
  let deskId: number;
  let kioskId: number;
  let n = 0;

  before(async () => {
    database = await createTestDatabase();
    office = await createBookingOffice(database.db);
    const service = await office.addService({ desks: 1 });
    serviceId = service.serviceId;
    deskId = service.deskIds[0]!;
    const kiosk = await database.db
      .insertInto('device')
      .values({ office_id: office.officeId, kind: 'kiosk', name: 'Biletomat parter', token_hash: randomBytes(32) })
      .returning('id')
      .executeTakeFirstOrThrow();
    kioskId = kiosk.id;
  });
  after(async () => {
    await database.drop();
  });

  const kiosk = (clock: TestClock | string): UseCaseDeps =>
    office.deps(typeof clock === 'string' ? testClock(clock) : clock, {
      kind: 'device',
      id: kioskId,
      label: 'Biletomat parter',
      role: 'kiosk',
    });
  const book = (startsAt: string) =>
    bookVisit(office.deps(booked), {
      serviceId,
      startsAt: new Date(startsAt),
      name: 'Anna Nowak',
      email: `anna${(n += 1)}@example.pl`,
      phone: '',
      locale: 'pl',
      source: 'online',
    });
  const checkIn = (code: string, at: string) => checkInBooking(kiosk(at), { code, locale: 'pl' });
  const rows = async () => ({ ...(await writtenRows(database.db)), ...(await bookingRows(database.db)) });
  const setLateArrival = (rule: 'refuse' | 'join_queue_as_regular') =>
    database.db.updateTable('booking_policy').set({ late_arrival: rule }).where('office_id', '=', office.officeId).execute();
  const bookingRow = (id: number) =>
    database.db
      .selectFrom('booking')
      .select(['status', 'checked_in_at', 'ticket_id', 'no_show_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const ticketRow = (id: number) =>
    database.db
      .selectFrom('ticket')
      .select(['source', 'booked_for', 'booking_id', 'service_id', 'status', 'priority_reason'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('refuses 11 minutes early with the time check-in opens, and writes nothing', async () => {
    const visit = await book('2026-11-24T09:00:00Z');
    const before = await rows();
    await assert.rejects(
      checkIn(visit.code, '2026-11-24T08:49:00Z'),
      refusedWith('bookingArrival.refusal.tooEarly', { day: '2026-11-24', time: '10:00', opensAt: '09:50', sameDay: 'yes' }),
    );
    await assert.rejects(
      checkIn(visit.code, '2026-11-23T09:00:00Z'),
      refusedWith('bookingArrival.refusal.tooEarly', { day: '2026-11-24', time: '10:00', opensAt: '09:50', sameDay: 'no' }),
    );
    assert.deepEqual(await rows(), before);
  });

  it('issues a booked ticket 10 minutes before the visit: source booking, the booked time, the booking linked', async () => {
    const visit = await book('2026-11-24T09:30:00Z');
    const ticket = await checkIn(visit.code.toLowerCase().replace('-', ''), '2026-11-24T09:20:00Z');
    assert.equal(ticket.arrival, 'on_time');
    assert.equal(ticket.bookedFor?.toISOString(), '2026-11-24T09:30:00.000Z');
    assert.equal(ticket.serviceId, serviceId);
    assert.equal(ticket.where.room, 'P.01');
    assert.match(ticket.number, /^[A-Z]\d{3}$/);
    assert.deepEqual(await ticketRow(ticket.ticketId), {
      source: 'booking',
      booked_for: new Date('2026-11-24T09:30:00Z'),
      booking_id: visit.bookingId,
      service_id: serviceId,
      status: 'waiting',
      priority_reason: null,
    });
    assert.deepEqual(await bookingRow(visit.bookingId), {
      status: 'checked_in',
      checked_in_at: new Date('2026-11-24T09:20:00Z'),
      ticket_id: ticket.ticketId,
      no_show_at: null,
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_kind', 'actor_id', 'details'])
      .where('subject_type', '=', 'booking')
      .where('subject_id', '=', String(visit.bookingId))
      .where('action', '=', 'booking.check_in')
      .execute();
    assert.deepEqual(audit, [
      {
        action: 'booking.check_in',
        actor_kind: 'device',
        actor_id: kioskId,
        details: { ticketId: ticket.ticketId, serviceId, arrival: 'on_time' },
      },
    ]);
  });

  it('still calls it on time 15 minutes after the visit, from a scanned manage link', async () => {
    const visit = await book('2026-11-24T10:00:00Z');
    const ticket = await checkIn(`https://urzad.example/rezerwacja/${visit.code}?t=${visit.manageToken}`, '2026-11-24T10:15:00Z');
    assert.equal(ticket.arrival, 'on_time');
    assert.equal((await ticketRow(ticket.ticketId)).booked_for?.toISOString(), '2026-11-24T10:00:00.000Z');
  });

  it('16 minutes late gives a regular ticket still linked to the booking when the office says join the queue', async () => {
    await setLateArrival('join_queue_as_regular');
    const visit = await book('2026-11-24T10:30:00Z');
    const ticket = await checkIn(visit.code, '2026-11-24T10:46:00Z');
    assert.equal(ticket.arrival, 'late_as_regular');
    assert.equal(ticket.bookedFor, null);
    const row = await ticketRow(ticket.ticketId);
    assert.equal(row.source, 'booking');
    assert.equal(row.booked_for, null);
    assert.equal(row.booking_id, visit.bookingId);
    assert.equal((await bookingRow(visit.bookingId)).status, 'checked_in');
  });

  it('16 minutes late is refused when the office says refuse, and writes nothing', async () => {
    await setLateArrival('refuse');
    const visit = await book('2026-11-24T07:30:00Z');
    const before = await rows();
    await assert.rejects(
      checkIn(visit.code, '2026-11-24T07:46:00Z'),
      refusedWith('bookingArrival.refusal.tooLate', { day: '2026-11-24', time: '08:30' }),
    );
    assert.deepEqual(await rows(), before);
    await setLateArrival('join_queue_as_regular');
  });

  it('refuses a cancelled booking’s code and writes nothing', async () => {
    const visit = await book('2026-11-24T08:00:00Z');
    await cancelBooking(office.deps(booked), { code: visit.code, token: visit.manageToken });
    const before = await rows();
    await assert.rejects(checkIn(visit.code, '2026-11-24T07:55:00Z'), refusedWith('bookingArrival.refusal.cancelled'));
    assert.deepEqual(await rows(), before);
  });

  it('a second check-in answers "already checked in" with the same ticket number, and writes nothing', async () => {
    const visit = await book('2026-11-24T08:30:00Z');
    const first = await checkIn(visit.code, '2026-11-24T08:25:00Z');
    const before = await rows();
    await assert.rejects(
      checkIn(visit.code, '2026-11-24T08:26:00Z'),
      refusedWith('bookingArrival.refusal.alreadyCheckedIn', { number: first.number }),
    );
    assert.deepEqual(await rows(), before);
  });

  it('answers 404 for a code nobody booked and 422 for what cannot be a code, writing nothing', async () => {
    const before = await rows();
    await assert.rejects(
      checkIn('ZZZZ-ZZZZ', '2026-11-24T08:00:00Z'),
      (error: unknown) => error instanceof DomainError && error.kind === 'not_found' && error.key === 'bookingArrival.refusal.unknownCode',
    );
    await assert.rejects(
      checkIn('K7QX-3M9O', '2026-11-24T08:00:00Z'),
      (error: unknown) =>
        error instanceof DomainError && error.kind === 'validation' && error.fields.code?.key === 'bookingArrival.field.codeFormat',
    );
    await assert.rejects(
      checkIn('  ', '2026-11-24T08:00:00Z'),
      (error: unknown) => error instanceof DomainError && error.fields.code?.key === 'bookingArrival.field.codeRequired',
    );
    assert.deepEqual(await rows(), before);
  });

  it('serves a checked-in booking before earlier regular tickets when its time comes (the real call-next)', async () => {
    const staff = await database.db
      .insertInto('staff')
      .values({ office_id: office.officeId, login: 'urzednik.test', full_name: 'Jan Urzędnik', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const clerk = (at: string) => office.deps(testClock(at), { kind: 'staff', id: staff.id, label: 'urzednik.test', role: 'clerk' });
    // A service of its own, so tickets of the other tests do not wait in its queue.
    const own = await office.addService({ desks: 1 });
    // A visit at 11:00 Warsaw on Wednesday; two walk-ins came before the resident checked in.
    const visit = await bookVisit(office.deps(booked), {
      serviceId: own.serviceId,
      startsAt: new Date('2026-11-25T10:00:00Z'),
      name: 'Olga Wiśniewska',
      email: 'olga@example.pl',
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    const walkIn = { serviceId: own.serviceId, priorityReason: null, groundFloor: false, source: 'kiosk' as const, locale: 'pl' as const };
    const first = await issueTicket(kiosk('2026-11-25T09:30:00Z'), walkIn);
    await issueTicket(kiosk('2026-11-25T09:35:00Z'), walkIn);
    const bookedTicket = await checkIn(visit.code, '2026-11-25T09:52:00Z');
    await openDesk(clerk('2026-11-25T09:00:00Z'), { deskId: own.deskIds[0]! });
    const next = await callNext(clerk('2026-11-25T09:55:00Z'));
    assert.equal(next.ticketId, bookedTicket.ticketId);
    const event = await database.db
      .selectFrom('queue_event')
      .select('payload')
      .where('kind', '=', 'ticket.called')
      .where('ticket_id', '=', bookedTicket.ticketId)
      .executeTakeFirstOrThrow();
    assert.equal((event.payload as { callClass: string }).callClass, 'booked');
    // The walk-ins keep their order after it.
    await startService(clerk('2026-11-25T09:56:00Z'), { ticketId: bookedTicket.ticketId });
    await finishService(clerk('2026-11-25T10:05:00Z'), { ticketId: bookedTicket.ticketId, outcome: 'settled' });
    assert.equal((await callNext(clerk('2026-11-25T10:05:00Z'))).ticketId, first.ticketId);
  });

  it('marks bookings whose window closed as no-shows, which frees their desk time', async () => {
    const visit = await book('2026-11-26T09:00:00Z');
    const later = await book('2026-11-26T09:30:00Z');
    const time = {
      officeId: office.officeId,
      serviceId,
      deskId,
      startsAt: new Date('2026-11-26T09:00:00Z'),
      endsAt: new Date('2026-11-26T09:30:00Z'),
      officeDay: '2026-11-26',
      source: 'information_point' as const,
      locale: 'pl' as const,
      personName: 'Ewa Kowalska',
      email: null,
      emailIdentity: null,
      phone: '+48600111222',
      createdAt: new Date('2026-11-26T09:16:00Z'),
      createdByStaffId: null,
    };
    const taken = await database.db.transaction().execute((tx) => insertBookingIfFree(tx, { ...time, code: 'WWWW-WWWW' }));
    assert.equal(taken, undefined);
    const system = (at: string) => office.deps(testClock(at), { kind: 'system', id: null, label: 'okienko', role: '' });
    // At 09:15Z its window is still open (both ends count): only the earlier tests' lapsed bookings are marked …
    assert.ok(!(await markNoShows(system('2026-11-26T09:15:00Z'))).bookingIds.includes(visit.bookingId));
    // … and a run with nothing to do writes nothing.
    const quiet = await rows();
    assert.deepEqual(await markNoShows(system('2026-11-26T09:15:00Z')), { count: 0, bookingIds: [] });
    assert.deepEqual(await rows(), quiet);
    const marked = await markNoShows(system('2026-11-26T09:16:00Z'));
    assert.deepEqual(marked, { count: 1, bookingIds: [visit.bookingId] });
    assert.deepEqual(await bookingRow(visit.bookingId), {
      status: 'no_show',
      checked_in_at: null,
      ticket_id: null,
      no_show_at: new Date('2026-11-26T09:16:00Z'),
    });
    assert.equal((await bookingRow(later.bookingId)).status, 'booked');
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['details', 'actor_kind'])
      .where('action', '=', 'booking.no_show')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit, { actor_kind: 'system', details: { count: marked.count, bookingIds: marked.bookingIds } });
    // Run again: idempotent, nothing more to mark.
    assert.deepEqual(await markNoShows(system('2026-11-26T09:16:00Z')), { count: 0, bookingIds: [] });
    const freed = await database.db.transaction().execute((tx) => insertBookingIfFree(tx, { ...time, code: 'WWWW-WWWW' }));
    assert.ok(freed);
  });

  it('a no-show arriving later the same day joins the queue as regular and keeps its no-show status', async () => {
    const visit = await book('2026-11-27T09:00:00Z');
    await markNoShows(office.deps(testClock('2026-11-27T09:20:00Z'), { kind: 'system', id: null, label: 'okienko', role: '' }));
    const ticket = await checkIn(visit.code, '2026-11-27T09:40:00Z');
    assert.equal(ticket.arrival, 'late_as_regular');
    const row = await bookingRow(visit.bookingId);
    assert.equal(row.status, 'no_show');
    assert.equal(row.ticket_id, ticket.ticketId);
    await assert.rejects(
      checkIn(visit.code, '2026-11-27T09:41:00Z'),
      refusedWith('bookingArrival.refusal.alreadyCheckedIn', { number: ticket.number }),
    );
  });

  it('keeps the audit chain whole', async () => {
    assert.equal((await verifyAuditChain(database.db)).ok, true);
  });
});
