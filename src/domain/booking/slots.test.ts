import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CalendarException, CalendarInput, WeeklyHours } from '../organisation/index.ts';
import { freeSlots, freeDeskSlots, type SlotDay } from './slots.ts';
import { keptForWalkIns } from './slot-grid.ts';
import type { BookingSchedule, SlotPolicy, SlotQuery, TakenTime } from './schedule.ts';

// The demo office's building: longer on Mondays, shorter on Fridays.
const HOURS: Record<number, [string, string]> = {
  1: ['08:00', '17:00'],
  2: ['07:30', '15:30'],
  3: ['07:30', '15:30'],
  4: ['07:30', '15:30'],
  5: ['07:30', '14:30'],
};
const WEEK: WeeklyHours[] = Object.entries(HOURS).map(([weekday, [opens, closes]]) => ({ weekday: Number(weekday), opens, closes }));
const text = (pl: string) => ({ pl, en: '', uk: '' });
const exception = (date: string, opens: string | null, closes: string | null): CalendarException => ({
  buildingId: null,
  startsOn: date,
  endsOn: date,
  kind: opens === null ? 'closed' : 'short_hours',
  opens,
  closes,
  reason: text('Wyjątek'),
});
const calendar = (exceptions: CalendarException[] = []): CalendarInput => ({ buildingId: 1, weekly: WEEK, exceptions });
const weekdays = (deskId: number, serviceId: number, startsAt: string, endsAt: string, days = [1, 2, 3, 4, 5]): BookingSchedule[] =>
  days.map((weekday) => ({ deskId, serviceId, weekday, startsAt, endsAt }));

// Desk 7 takes service 1 every weekday morning, desk 8 on Tuesdays around midday, desk 9 only service 2.
const SCHEDULES = [
  ...weekdays(7, 1, '08:00', '12:00'),
  ...weekdays(8, 1, '10:00:00', '14:00:00', [2]),
  ...weekdays(9, 2, '08:00', '15:00'),
];
const POLICY: SlotPolicy = { horizonDays: 30, minimumNoticeMinutes: 120, dailyCap: null, walkInPercent: 0 };
const SUNDAY_NOON = new Date('2026-11-22T11:00:00Z');

function query(fields: Partial<SlotQuery> = {}, exceptions: CalendarException[] = []): SlotQuery {
  const cal = calendar(exceptions);
  return {
    serviceId: 1,
    durationMinutes: 30,
    schedules: SCHEDULES,
    desks: [7, 8, 9].map((id) => ({ id, calendar: cal })),
    taken: [],
    policy: POLICY,
    now: SUNDAY_NOON,
    from: '2026-11-23',
    to: '2026-11-29',
    ...fields,
  };
}
const counts = (days: SlotDay[]) => Object.fromEntries(days.map((d) => [d.date, d.freeCount]));
const timesOn = (days: SlotDay[], date: string) => days.find((d) => d.date === date)!.times.map((t) => t.time);
const isoStarts = (days: SlotDay[], date: string) => days.find((d) => d.date === date)!.times.map((t) => t.startsAt.toISOString());
const taken = (deskId: number, from: string, to: string, serviceId = 1): TakenTime => ({
  deskId,
  serviceId,
  startsAt: new Date(from),
  endsAt: new Date(to),
});

describe('free slots', () => {
  it('lists a normal week: the desks of the service, none on the weekend', () => {
    const days = freeSlots(query());
    assert.deepEqual(counts(days), {
      '2026-11-23': 8,
      '2026-11-24': 12,
      '2026-11-25': 8,
      '2026-11-26': 8,
      '2026-11-27': 8,
      '2026-11-28': 0,
      '2026-11-29': 0,
    });
    assert.deepEqual(timesOn(days, '2026-11-23'), ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    const tuesday = days[1]!.times;
    assert.deepEqual(
      tuesday.map((t) => `${t.time} ${t.deskIds.join('+')}`),
      [
        '08:00 7',
        '08:30 7',
        '09:00 7',
        '09:30 7',
        '10:00 7+8',
        '10:30 7+8',
        '11:00 7+8',
        '11:30 7+8',
        '12:00 8',
        '12:30 8',
        '13:00 8',
        '13:30 8',
      ],
    );
    assert.equal(tuesday[0]!.startsAt.toISOString(), '2026-11-24T07:00:00.000Z');
    assert.equal(tuesday[0]!.endsAt.toISOString(), '2026-11-24T07:30:00.000Z');
  });

  it('offers a desk only for the services its schedule covers', () => {
    const first = freeSlots(query());
    assert.ok(first.every((d) => d.times.every((t) => !t.deskIds.includes(9))));
    const other = freeSlots(query({ serviceId: 2 }));
    assert.equal(other[0]!.freeCount, 14);
    assert.ok(other.every((d) => d.times.every((t) => t.deskIds.join() === '9')));
  });

  it('names each desk slot by service, desk and start instant', () => {
    const slots = freeDeskSlots(query(), '2026-11-24');
    assert.equal(slots[0]!.id, 's1-d7-20261124T0700Z');
    assert.equal(new Set(slots.map((s) => s.id)).size, slots.length);
  });

  it('lays slots in real minutes on the night the clocks go forward: no 02:00 or 02:30 that day', () => {
    const sunday = [exception('2026-03-29', '00:00', '23:59')];
    const days = freeSlots(
      query(
        { schedules: weekdays(7, 1, '01:00', '04:00', [7]), now: new Date('2026-03-20T12:00:00Z'), from: '2026-03-29', to: '2026-03-29' },
        sunday,
      ),
    );
    assert.deepEqual(timesOn(days, '2026-03-29'), ['01:00', '01:30', '03:00', '03:30']);
    assert.deepEqual(isoStarts(days, '2026-03-29'), [
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
  });

  it('lays slots in real minutes on the night the clocks go back: the repeated hour gives distinct instants', () => {
    const sunday = [exception('2026-10-25', '00:00', '23:59')];
    const days = freeSlots(
      query(
        { schedules: weekdays(7, 1, '01:00', '04:00', [7]), now: new Date('2026-10-20T12:00:00Z'), from: '2026-10-25', to: '2026-10-25' },
        sunday,
      ),
    );
    assert.deepEqual(timesOn(days, '2026-10-25'), ['01:00', '01:30', '02:00', '02:30', '02:00', '02:30', '03:00', '03:30']);
    assert.equal(new Set(isoStarts(days, '2026-10-25')).size, 8);
    assert.equal(isoStarts(days, '2026-10-25')[4], '2026-10-25T01:00:00.000Z');
  });

  it('gives the right instants around both changes: UTC+1 before, UTC+2 on the Monday after 29 March, UTC+1 after 25 October', () => {
    const spring = freeSlots(query({ now: new Date('2026-03-20T12:00:00Z'), from: '2026-03-27', to: '2026-03-30' }));
    assert.deepEqual(
      spring.map((d) => d.freeCount),
      [8, 0, 0, 8],
    );
    assert.equal(isoStarts(spring, '2026-03-27')[0], '2026-03-27T07:00:00.000Z');
    assert.equal(isoStarts(spring, '2026-03-30')[0], '2026-03-30T06:00:00.000Z');
    const autumn = freeSlots(query({ now: new Date('2026-10-20T12:00:00Z'), from: '2026-10-23', to: '2026-10-26' }));
    assert.equal(isoStarts(autumn, '2026-10-23')[0], '2026-10-23T06:00:00.000Z');
    assert.equal(isoStarts(autumn, '2026-10-26')[0], '2026-10-26T07:00:00.000Z');
  });

  it('offers nothing on Corpus Christi (4 June 2026), a holiday that moves with Easter', () => {
    const days = freeSlots(query({ now: new Date('2026-05-25T10:00:00Z'), from: '2026-06-03', to: '2026-06-05' }));
    assert.deepEqual(counts(days), { '2026-06-03': 8, '2026-06-04': 0, '2026-06-05': 8 });
  });

  it('drops the slots that would end after the shorter closing of a local exception', () => {
    const threeQuarters = { durationMinutes: 45, from: '2026-11-25', to: '2026-11-26' };
    const normal = freeSlots(query(threeQuarters));
    assert.deepEqual(timesOn(normal, '2026-11-26'), ['08:00', '08:45', '09:30', '10:15', '11:00']);
    const short = freeSlots(query(threeQuarters, [exception('2026-11-26', '07:30', '10:00')]));
    assert.deepEqual(timesOn(short, '2026-11-26'), ['08:00', '08:45']);
    assert.deepEqual(timesOn(short, '2026-11-25'), timesOn(normal, '2026-11-25'));
  });

  it('keeps the grid where it was when an exception opens the place later', () => {
    const days = freeSlots(
      query({ durationMinutes: 45, from: '2026-11-26', to: '2026-11-26' }, [exception('2026-11-26', '09:00', '15:30')]),
    );
    assert.deepEqual(timesOn(days, '2026-11-26'), ['09:30', '10:15', '11:00']);
  });

  it('offers nothing on a day an exception closes', () => {
    assert.equal(freeSlots(query({}, [exception('2026-11-24', null, null)]))[1]!.freeCount, 0);
  });

  it('starts no sooner than the minimum notice', () => {
    const days = freeSlots(query({ now: new Date('2026-11-23T07:10:00Z'), from: '2026-11-23', to: '2026-11-23' }));
    assert.deepEqual(timesOn(days, '2026-11-23'), ['10:30', '11:00', '11:30']);
    const noNotice = freeSlots(
      query({
        now: new Date('2026-11-23T07:10:00Z'),
        from: '2026-11-23',
        to: '2026-11-23',
        policy: { ...POLICY, minimumNoticeMinutes: 0 },
      }),
    );
    assert.equal(timesOn(noNotice, '2026-11-23')[0], '08:30');
  });

  it('offers days from today up to the horizon only', () => {
    const days = freeSlots(query({ from: '2026-11-20', to: '2026-12-23' }));
    assert.equal(counts(days)['2026-11-20'], 0);
    assert.equal(counts(days)['2026-12-22'], 12);
    assert.equal(counts(days)['2026-12-23'], 0);
  });

  it('closes a day once the daily cap of the service is reached, counting every desk', () => {
    const capped = { policy: { ...POLICY, dailyCap: 3 }, from: '2026-11-24', to: '2026-11-25' };
    const two = [taken(8, '2026-11-24T11:00:00Z', '2026-11-24T11:30:00Z'), taken(7, '2026-11-24T07:00:00Z', '2026-11-24T07:30:00Z')];
    const open = freeSlots(query({ ...capped, taken: two }));
    assert.deepEqual([open[0]!.freeCount, open[0]!.capLeft], [10, 1]);
    const full = freeSlots(
      query({
        ...capped,
        taken: [
          ...two,
          taken(9, '2026-11-24T08:00:00Z', '2026-11-24T08:30:00Z', 2),
          taken(8, '2026-11-24T12:00:00Z', '2026-11-24T12:30:00Z'),
        ],
      }),
    );
    assert.deepEqual([full[0]!.freeCount, full[0]!.capLeft], [0, 0]);
    assert.deepEqual([full[1]!.freeCount, full[1]!.capLeft], [8, 3]);
  });

  it('keeps every k-th slot of a desk for walk-ins: 30 % is the 4th, 7th and 10th of every ten', () => {
    assert.deepEqual(
      [...Array(20).keys()].filter((i) => keptForWalkIns(i, 30)),
      [3, 6, 9, 13, 16, 19],
    );
    const days = freeSlots(query({ policy: { ...POLICY, walkInPercent: 30 }, from: '2026-11-23', to: '2026-11-23' }));
    assert.deepEqual(timesOn(days, '2026-11-23'), ['08:00', '08:30', '09:00', '10:00', '10:30', '11:30']);
  });

  it('keeps none with 0 % and all with 100 %', () => {
    assert.equal([...Array(50).keys()].filter((i) => keptForWalkIns(i, 0)).length, 0);
    assert.equal([...Array(50).keys()].filter((i) => keptForWalkIns(i, 100)).length, 50);
    assert.equal(
      freeSlots(query({ policy: { ...POLICY, walkInPercent: 100 } })).every((d) => d.freeCount === 0),
      true,
    );
  });

  it('removes desk time already taken, by any service, and leaves the other desk free at that time', () => {
    const days = freeSlots(
      query({
        from: '2026-11-23',
        to: '2026-11-24',
        taken: [
          taken(7, '2026-11-23T08:00:00Z', '2026-11-23T08:30:00Z', 2),
          taken(7, '2026-11-23T09:15:00Z', '2026-11-23T09:45:00Z'),
          taken(7, '2026-11-24T09:00:00Z', '2026-11-24T09:30:00Z'),
        ],
      }),
    );
    assert.deepEqual(timesOn(days, '2026-11-23'), ['08:00', '08:30', '09:30', '11:00', '11:30']);
    assert.deepEqual(days[1]!.times.find((t) => t.time === '10:00')!.deskIds, [8]);
  });

  it('ignores desks it is not given (an inactive desk) and refuses a slot length of zero', () => {
    assert.equal(
      freeSlots(query({ desks: [] })).every((d) => d.freeCount === 0),
      true,
    );
    assert.throws(() => freeSlots(query({ durationMinutes: 0 })), RangeError);
    assert.throws(() => freeSlots(query({ policy: { ...POLICY, walkInPercent: 101 } })), RangeError);
  });
});
