import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookableServices, bookingService } from '../../src/app/booking/bookable-services.ts';
import { bookVisit } from '../../src/app/booking/book-visit.ts';
import { DEFAULT_BOOKING_POLICY, readBookingPolicy } from '../../src/app/booking/booking-policy.ts';
import { freeDays } from '../../src/app/booking/free-days.ts';
import { freeTimes, nearestFreeTimes } from '../../src/app/booking/free-times.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { parseSlotId } from '../../src/domain/booking/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { bookingOfficeSuite, testClock } from '../support/booking.ts';

// Monday 23 November 2026, 09:00 in Warsaw.
const clock = testClock('2026-11-23T08:00:00Z');
const times = (list: { time: string }[]) => list.map((t) => t.time);

describe('free days and times of a service', () => {
  const suite = bookingOfficeSuite();

  it('lists every day of the window with its free count: weekends and taken times left out', async () => {
    const { serviceId } = await suite.office.addService({ desks: 1, durationMinutes: 60 });
    await bookVisit(suite.office.deps(clock), {
      serviceId,
      startsAt: new Date('2026-11-24T07:00:00Z'),
      name: 'Jan',
      email: 'jan@example.pl',
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    const { days } = await freeDays(suite.office.deps(clock), { serviceId });
    assert.equal(days.length, 31);
    assert.equal(days[0]!.date, '2026-11-23');
    assert.equal(days.at(-1)!.date, '2026-12-23');
    // Monday: 11:00 only (notice of two hours from 09:00); Tuesday: 08:00 taken; Saturday and Sunday closed.
    assert.deepEqual(
      days.slice(0, 7).map((d) => d.freeCount),
      [1, 3, 4, 4, 4, 0, 0],
    );
  });

  it('gives a day’s free times with slot ids naming the first free desk', async () => {
    const { serviceId, deskIds } = await suite.office.addService({ desks: 2, durationMinutes: 60 });
    const deps = suite.office.deps(clock);
    await bookVisit(deps, {
      serviceId,
      startsAt: new Date('2026-11-24T08:00:00Z'),
      name: 'Jan',
      email: 'jan2@example.pl',
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    const day = await freeTimes(deps, { serviceId, date: '2026-11-24' });
    assert.deepEqual(times(day.times), ['08:00', '09:00', '10:00', '11:00']);
    const nine = day.times[1]!;
    assert.deepEqual(parseSlotId(nine.slot), { serviceId, deskId: deskIds[1], startsAt: new Date('2026-11-24T08:00:00Z') });
    assert.equal(nine.endsAt.toISOString(), '2026-11-24T09:00:00.000Z');
  });

  it('answers a field error for a date outside the window or not a date', async () => {
    const { serviceId } = await suite.office.addService();
    const deps = suite.office.deps(clock);
    const onDate = (key: string) => (e: unknown) => e instanceof DomainError && e.fields.date?.key === key;
    await assert.rejects(freeTimes(deps, { serviceId, date: '2026-11-22' }), onDate('booking.refusal.dayInPast'));
    await assert.rejects(freeTimes(deps, { serviceId, date: '2026-12-24' }), onDate('booking.refusal.beyondHorizon'));
    await assert.rejects(freeTimes(deps, { serviceId, date: '2026-02-30' }), onDate('errors.date'));
  });

  it('offers the nearest free times around a taken one, nearest first and the earlier one first at equal distance', async () => {
    const { serviceId } = await suite.office.addService({ desks: 1, durationMinutes: 30 });
    const deps = suite.office.deps(clock);
    const ten = new Date('2026-11-25T09:00:00Z');
    await bookVisit(deps, { serviceId, startsAt: ten, name: 'Jan', email: 'jan3@example.pl', phone: '', locale: 'pl', source: 'online' });
    const nearest = await nearestFreeTimes(deps, { serviceId, around: ten });
    assert.deepEqual(
      nearest.map((t) => `${t.date} ${t.time}`),
      ['2026-11-25 09:30', '2026-11-25 10:30', '2026-11-25 09:00', '2026-11-25 11:00', '2026-11-25 08:30'],
    );
    assert.equal((await nearestFreeTimes(deps, { serviceId, around: ten, limit: 2 })).length, 2);
  });

  it('counts a moving booking’s own time as free when offering times to move to', async () => {
    const { serviceId } = await suite.office.addService({ desks: 1, durationMinutes: 30 });
    const deps = suite.office.deps(clock);
    const ten = new Date('2026-11-25T09:00:00Z');
    const booked = await bookVisit(deps, {
      serviceId,
      startsAt: ten,
      name: 'Jan',
      email: 'jan4@example.pl',
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    const nearest = await nearestFreeTimes(deps, { serviceId, around: ten, limit: 1, movingBookingId: booked.bookingId });
    assert.deepEqual(
      nearest.map((t) => t.time),
      ['10:00'],
    );
  });

  it('keeps the walk-in share of each desk out of the offer', async () => {
    const { serviceId } = await suite.office.addService({ desks: 1, durationMinutes: 30 });
    await suite.database.db
      .updateTable('booking_policy')
      .set({ walk_in_percent: 30 })
      .where('office_id', '=', suite.office.officeId)
      .execute();
    try {
      const day = await freeTimes(suite.office.deps(clock), { serviceId, date: '2026-11-24' });
      // Eight slots from 08:00 to 12:00; the 4th and 7th stay for walk-ins.
      assert.deepEqual(times(day.times), ['08:00', '08:30', '09:00', '10:00', '10:30', '11:30']);
    } finally {
      await suite.database.db
        .updateTable('booking_policy')
        .set({ walk_in_percent: 0 })
        .where('office_id', '=', suite.office.officeId)
        .execute();
    }
  });

  it('gives the right local times on the days the clocks change', async () => {
    const { serviceId } = await suite.office.addService({
      desks: 1,
      durationMinutes: 60,
      schedule: { weekdays: [7], startsAt: '01:00', endsAt: '05:00' },
    });
    // Both Sundays open all night for the test.
    await suite.database.db
      .insertInto('calendar_exception')
      .values(
        ['2026-03-29', '2026-10-25'].map((day) => ({
          office_id: suite.office.officeId,
          building_id: null,
          starts_on: day,
          ends_on: day,
          kind: 'short_hours' as const,
          opens: '00:00',
          closes: '23:59',
          reason_pl: 'Test',
        })),
      )
      .execute();
    const spring = await freeTimes(suite.office.deps(testClock('2026-03-20T08:00:00Z')), { serviceId, date: '2026-03-29' });
    // 02:00–03:00 does not exist that night: three real hours, three slots.
    assert.deepEqual(times(spring.times), ['01:00', '03:00', '04:00']);
    assert.deepEqual(
      spring.times.map((t) => t.startsAt.toISOString()),
      ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'],
    );
    const autumn = await freeTimes(suite.office.deps(testClock('2026-10-20T08:00:00Z')), { serviceId, date: '2026-10-25' });
    // 02:00–03:00 happens twice: five real hours, five slots.
    assert.deepEqual(times(autumn.times), ['01:00', '02:00', '02:00', '03:00', '04:00']);
    assert.deepEqual(
      autumn.times.map((t) => t.startsAt.toISOString()),
      [
        '2026-10-24T23:00:00.000Z',
        '2026-10-25T00:00:00.000Z',
        '2026-10-25T01:00:00.000Z',
        '2026-10-25T02:00:00.000Z',
        '2026-10-25T03:00:00.000Z',
      ],
    );
    const booked = await bookVisit(suite.office.deps(testClock('2026-10-20T08:00:00Z')), {
      serviceId,
      startsAt: autumn.times[2]!.startsAt,
      name: 'Jan',
      email: 'jan5@example.pl',
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    assert.equal(booked.endsAt.toISOString(), '2026-10-25T02:00:00.000Z');
  });
});

describe('bookable services and the booking policy', () => {
  const suite = bookingOfficeSuite();

  it('lists only active services bookable online with a booking schedule, grouped by unit', async () => {
    const { serviceId } = await suite.office.addService({ durationMinutes: 20 });
    const { serviceId: inactive } = await suite.office.addService();
    await suite.database.db.updateTable('service').set({ active: false }).where('id', '=', inactive).execute();
    await suite.database.db
      .insertInto('service')
      .values({
        office_id: suite.office.officeId,
        unit_id: suite.office.unitId,
        ticket_letter: 'Z',
        name_pl: 'Bez grafiku',
        bookable_online: true,
      })
      .execute();
    const units = await bookableServices(suite.office.deps(clock));
    assert.equal(units.length, 1);
    assert.deepEqual(
      units[0]!.services.map((s) => [s.id, s.durationMinutes]),
      [[serviceId, 20]],
    );
    assert.equal(units[0]!.name.pl, 'Referat Spraw Obywatelskich');
    await assert.rejects(
      bookingService(suite.office.deps(clock), inactive),
      (e: unknown) => e instanceof DomainError && e.kind === 'not_found' && e.key === 'booking.service.notFound',
    );
  });

  it('describes one service with what the form asks and where the visit is', async () => {
    const { serviceId } = await suite.office.addService({ contact: 'email_and_phone', needsName: false });
    const service = await bookingService(suite.office.deps(clock), serviceId);
    assert.equal(service.contact, 'email_and_phone');
    assert.equal(service.needsName, false);
    assert.equal(service.durationMinutes, 30);
    assert.deepEqual(service.where, {
      building: 'Ratusz',
      street: 'Pasaż Rudowskiego 10',
      postalCode: '97-300',
      city: 'Piotrków Trybunalski',
      floor: 0,
      room: 'P.01',
    });
  });

  it('reads the office policy, with the queue’s arrival minutes, and defaults without rows', async () => {
    const policy = await readBookingPolicy(suite.database.db, suite.office.officeId);
    assert.equal(policy.minimumNoticeMinutes, 120);
    assert.deepEqual(policy.arrival, DEFAULT_BOOKING_POLICY.arrival);
    await suite.database.db
      .insertInto('queue_policy')
      .values({ office_id: suite.office.officeId, booking_minutes_before: 5, booking_minutes_after: 20 })
      .execute();
    assert.deepEqual((await readBookingPolicy(suite.database.db, suite.office.officeId)).arrival, {
      minutesBefore: 5,
      minutesAfter: 20,
      lateArrival: 'join_queue_as_regular',
    });
    const other = await suite.database.db
      .insertInto('office')
      .values({ name: 'Inny urząd', short_name: 'IU' })
      .returning('id')
      .executeTakeFirstOrThrow();
    assert.deepEqual(await readBookingPolicy(suite.database.db, other.id), DEFAULT_BOOKING_POLICY);
  });
});

describe('the demo office’s online booking', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database.drop();
  });

  it('offers its bookable services with free times on weekday mornings', async () => {
    await loadDemoData(database.db, clock);
    const office = await currentOffice(database.db);
    const deps = {
      db: database.db,
      clock,
      actor: { kind: 'public' as const, id: null, label: 'test', role: '', address: '', officeId: office.id },
    };
    const units = await bookableServices(deps);
    const services = units.flatMap((u) => u.services);
    assert.equal(services.length, 6);
    for (const service of services) {
      const { days } = await freeDays(deps, { serviceId: service.id });
      assert.ok(
        days.some((d) => d.freeCount > 0),
        `service ${service.name.pl} has free times`,
      );
    }
    const idCard = services.find((s) => s.name.pl === 'Wniosek o dowód osobisty')!;
    // Tuesday: desk 1 from 08:00 to 12:00 in 15-minute slots, 4 of the 16 kept for walk-ins.
    assert.equal((await freeTimes(deps, { serviceId: idCard.id, date: '2026-11-24' })).times.length, 12);
  });
});
