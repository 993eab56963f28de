import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CalendarException, CalendarInput, WeeklyHours } from '../organisation/index.ts';
import { dayWithoutBooking } from './closed-days.ts';
import type { BookingSchedule } from './schedule.ts';

const WEEK: WeeklyHours[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '07:30', closes: '15:30' }));
const closedOn = (date: string, buildingId: number | null): CalendarException => ({
  buildingId,
  startsOn: date,
  endsOn: date,
  kind: 'closed',
  opens: null,
  closes: null,
  reason: { pl: 'Inwentaryzacja', en: '', uk: '' },
});
const calendar = (buildingId: number, exceptions: CalendarException[] = []): CalendarInput => ({ buildingId, weekly: WEEK, exceptions });
// Service 1: desk 7 (building 1) Monday to Thursday, desk 8 (building 2) on Wednesdays; service 2 on Fridays.
const SCHEDULES: BookingSchedule[] = [
  ...[1, 2, 3, 4].map((weekday) => ({ deskId: 7, serviceId: 1, weekday, startsAt: '08:00', endsAt: '12:00' })),
  { deskId: 8, serviceId: 1, weekday: 3, startsAt: '08:00', endsAt: '12:00' },
  { deskId: 7, serviceId: 2, weekday: 5, startsAt: '08:00', endsAt: '12:00' },
];
const query = (exceptions: CalendarException[] = []) => ({
  serviceId: 1,
  schedules: SCHEDULES,
  desks: [
    { id: 7, calendar: calendar(1, exceptions) },
    { id: 8, calendar: calendar(2, exceptions) },
  ],
});

describe('why a day of the day list has no times', () => {
  const cases: [string, string, CalendarException[], ReturnType<typeof dayWithoutBooking>][] = [
    ['an open Tuesday with a schedule', '2026-11-24', [], null],
    ['a Saturday: closed, a regular day off', '2026-11-28', [], { kind: 'closed', reason: { kind: 'no_hours' } }],
    ['a Friday the service is not booked on', '2026-11-27', [], { kind: 'not_booked' }],
    [
      'an office-wide closure',
      '2026-11-24',
      [closedOn('2026-11-24', null)],
      { kind: 'closed', reason: { kind: 'exception', reason: { pl: 'Inwentaryzacja', en: '', uk: '' } } },
    ],
    ['one building closed while the other has a desk that day', '2026-11-25', [closedOn('2026-11-25', 1)], null],
    ['one building closed while the other takes no bookings that day', '2026-11-24', [closedOn('2026-11-24', 1)], { kind: 'not_booked' }],
  ];
  for (const [name, date, exceptions, expected] of cases) {
    it(name, () => assert.deepEqual(dayWithoutBooking(query(exceptions), date), expected));
  }

  it('names the public holiday (Christmas Day on a Friday)', () => {
    const result = dayWithoutBooking(query(), '2026-12-25');
    assert.equal(result?.kind, 'closed');
    assert.ok(result.kind === 'closed' && result.reason.kind === 'holiday');
    assert.equal(result.reason.holiday.key, 'christmasDay');
  });

  it('says nothing for a service without desks (nothing to tell)', () => {
    assert.equal(dayWithoutBooking({ serviceId: 1, schedules: [], desks: [] }, '2026-11-28'), null);
  });
});
