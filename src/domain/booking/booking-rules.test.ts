import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CalendarInput } from '../organisation/index.ts';
import { DEFAULT_ARRIVAL_POLICY } from './arrival.ts';
import { bookingRefusalError, checkBooking, type BookingContext, type BookingRequest, type PersonBooking } from './booking-rules.ts';
import { normaliseEmail, normalisePhone, type EmailAddress, type PhoneNumber } from './contact.ts';
import type { SlotQuery } from './schedule.ts';

const calendar: CalendarInput = {
  buildingId: 1,
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '07:30', closes: '15:30' })),
  exceptions: [],
};
const schedules = [2, 3].flatMap((weekday) =>
  [7, 8].map((deskId) => ({ deskId, serviceId: 1, weekday, startsAt: '08:00', endsAt: '10:00' })),
);
const NOW = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Warsaw
const TUESDAY_EIGHT = new Date('2026-11-24T07:00:00Z');
const TUESDAY_NINE = new Date('2026-11-24T08:00:00Z');
const email = (raw: string): EmailAddress => {
  const r = normaliseEmail(raw);
  assert.ok(r.ok);
  return r.value;
};
const phone = (raw: string): PhoneNumber => {
  const r = normalisePhone(raw);
  assert.ok(r.ok);
  return r.value;
};

const slots: SlotQuery = {
  serviceId: 1,
  durationMinutes: 30,
  schedules,
  desks: [
    { id: 7, calendar },
    { id: 8, calendar },
  ],
  taken: [],
  policy: { horizonDays: 30, minimumNoticeMinutes: 120, dailyCap: 6, walkInPercent: 0 },
  now: NOW,
  from: '2026-11-23',
  to: '2026-11-23',
};
const context = (fields: Partial<BookingContext> = {}): BookingContext => ({
  slots,
  personBookings: [],
  emailDailyCap: 2,
  arrival: DEFAULT_ARRIVAL_POLICY,
  ...fields,
});
const request = (fields: Partial<BookingRequest> = {}): BookingRequest => ({
  serviceId: 1,
  startsAt: TUESDAY_EIGHT,
  email: email('Jan@Poczta.pl'),
  phone: null,
  ...fields,
});
const earlier = (fields: Partial<PersonBooking>): PersonBooking => ({
  id: 40,
  serviceId: 1,
  status: 'booked',
  startsAt: new Date('2026-11-25T07:00:00Z'),
  createdAt: new Date('2026-11-20T10:00:00Z'),
  emailIdentity: 'jan@poczta.pl',
  phone: null,
  ...fields,
});
const refusal = (req: BookingRequest, ctx = context()) => {
  const d = checkBooking(req, ctx);
  return d.ok ? 'ok' : d.refusal.kind;
};
const taken = (deskId: number, startsAt: Date, bookingId?: number) => ({
  deskId,
  serviceId: 1,
  startsAt,
  endsAt: new Date(startsAt.getTime() + 1_800_000),
  bookingId,
});

describe('booking rules', () => {
  it('accepts an offered time and lists the desks free at it', () => {
    assert.deepEqual(checkBooking(request(), context()), { ok: true, deskIds: [7, 8], endsAt: new Date('2026-11-24T07:30:00Z') });
  });

  it('refuses a day in the past, a day beyond the horizon and a time within the minimum notice', () => {
    assert.equal(refusal(request({ startsAt: new Date('2026-11-20T07:00:00Z') })), 'day_in_past');
    const beyond = checkBooking(request({ startsAt: new Date('2026-12-29T07:00:00Z') }), context());
    assert.deepEqual(beyond, { ok: false, refusal: { kind: 'beyond_horizon', lastDate: '2026-12-23' } });
    assert.deepEqual(checkBooking(request({ startsAt: new Date('2026-11-23T10:30:00Z') }), context()), {
      ok: false,
      refusal: { kind: 'too_soon', earliest: new Date('2026-11-23T11:00:00Z') },
    });
  });

  it('refuses a time outside the schedule, between grid slots, or on a day without a schedule', () => {
    assert.equal(refusal(request({ startsAt: new Date('2026-11-24T10:00:00Z') })), 'slot_not_offered');
    assert.equal(refusal(request({ startsAt: new Date('2026-11-24T07:10:00Z') })), 'slot_not_offered');
    assert.equal(refusal(request({ startsAt: new Date('2026-11-26T07:00:00Z') })), 'slot_not_offered');
  });

  it('refuses a taken time once every desk at it is taken, and still offers it while one desk is free', () => {
    const oneDesk = context({ slots: { ...slots, taken: [taken(7, TUESDAY_EIGHT)] } });
    assert.deepEqual(checkBooking(request(), oneDesk), { ok: true, deskIds: [8], endsAt: new Date('2026-11-24T07:30:00Z') });
    assert.equal(
      refusal(request(), context({ slots: { ...slots, taken: [taken(7, TUESDAY_EIGHT), taken(8, TUESDAY_EIGHT)] } })),
      'slot_taken',
    );
  });

  it('refuses any time of a day whose cap is reached', () => {
    const later = (i: number) => new Date(TUESDAY_NINE.getTime() + i * 1_800_000);
    const six = [0, 1, 2].flatMap((i) => [taken(7, later(i)), taken(8, later(i))]);
    assert.equal(refusal(request(), context({ slots: { ...slots, taken: six } })), 'day_full');
  });

  it('allows one active booking per person per service, matched by e-mail in any case or by phone', () => {
    assert.deepEqual(checkBooking(request({ email: email('JAN@poczta.pl') }), context({ personBookings: [earlier({})] })), {
      ok: false,
      refusal: { kind: 'already_booked', bookingId: 40 },
    });
    const byPhone = earlier({ emailIdentity: null, phone: '+48600123456' });
    assert.equal(refusal(request({ email: null, phone: phone('600-123-456') }), context({ personBookings: [byPhone] })), 'already_booked');
  });

  it('lets the person book again once the earlier booking is cancelled, done or past, or for another service', () => {
    const bookings = [
      earlier({ status: 'cancelled' }),
      earlier({ id: 41, status: 'checked_in' }),
      earlier({ id: 42, startsAt: new Date('2026-11-23T07:00:00Z') }),
      earlier({ id: 43, serviceId: 2 }),
    ];
    assert.equal(refusal(request(), context({ personBookings: bookings, emailDailyCap: 10 })), 'ok');
  });

  it('caps the bookings made with one e-mail per day, cancelled ones included', () => {
    const today = [
      earlier({ id: 50, serviceId: 2, createdAt: NOW }),
      earlier({ id: 51, serviceId: 3, status: 'cancelled', createdAt: NOW }),
    ];
    assert.deepEqual(checkBooking(request(), context({ personBookings: today })), {
      ok: false,
      refusal: { kind: 'email_daily_cap', cap: 2 },
    });
    assert.equal(refusal(request(), context({ personBookings: today.slice(0, 1) })), 'ok');
    assert.equal(refusal(request({ email: null, phone: phone('600123456') }), context({ personBookings: today })), 'ok');
  });

  it('lets a move take a time next to its own, without counting the booking being moved', () => {
    const own = earlier({ id: 60, startsAt: TUESDAY_EIGHT, createdAt: NOW });
    const ctx = context({
      personBookings: [own],
      emailDailyCap: 1,
      slots: { ...slots, taken: [taken(7, TUESDAY_EIGHT, 60), taken(8, TUESDAY_EIGHT)] },
    });
    assert.equal(refusal(request({ startsAt: TUESDAY_NINE }), ctx), 'already_booked');
    assert.deepEqual(checkBooking(request({ startsAt: TUESDAY_EIGHT, movingBookingId: 60 }), ctx), {
      ok: true,
      deskIds: [7],
      endsAt: new Date('2026-11-24T07:30:00Z'),
    });
    assert.equal(refusal(request({ startsAt: TUESDAY_NINE, movingBookingId: 60 }), ctx), 'ok');
  });

  it('refuses slot inputs of another service', () => {
    assert.throws(() => checkBooking(request({ serviceId: 2 }), context()), RangeError);
  });

  it('answers each refusal with a catalogue key on the field to change', () => {
    assert.equal(bookingRefusalError({ kind: 'slot_taken' }).kind, 'conflict');
    assert.equal(bookingRefusalError({ kind: 'slot_taken' }).fields.time?.key, 'booking.refusal.slotTaken');
    assert.deepEqual(bookingRefusalError({ kind: 'too_soon', earliest: new Date('2026-11-23T11:00:00Z') }).fields.time, {
      key: 'booking.refusal.tooSoon',
      values: { earliest: '12:00' },
    });
    assert.equal(bookingRefusalError({ kind: 'email_daily_cap', cap: 2 }).kind, 'rate_limited');
    assert.equal(bookingRefusalError({ kind: 'beyond_horizon', lastDate: '2026-12-23' }).fields.date?.values?.lastDate, '2026-12-23');
  });
});
