import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import {
  addDays,
  daysFrom,
  hoursOn,
  instantOf,
  isOpenAt,
  isoWeekday,
  nextOpening,
  officeDate,
  officeTime,
  placeCalendar,
  publicHoliday,
  publicHolidays,
  statusAt,
  weeklySchedule,
  type CalendarInput,
  type CalendarException,
  type WeeklyHours,
} from './index.ts';

const WEEK: WeeklyHours[] = [
  { weekday: 1, opens: '08:00:00', closes: '17:00:00' },
  { weekday: 2, opens: '07:30:00', closes: '15:30:00' },
  { weekday: 3, opens: '07:30:00', closes: '15:30:00' },
  { weekday: 4, opens: '07:30:00', closes: '15:30:00' },
  { weekday: 5, opens: '07:30:00', closes: '14:30:00' },
];
const text = (pl: string) => ({ pl, en: '', uk: '' });
const EXCEPTIONS: CalendarException[] = [
  {
    buildingId: null,
    startsOn: '2026-12-31',
    endsOn: '2026-12-31',
    kind: 'short_hours',
    opens: '07:30:00',
    closes: '12:00:00',
    reason: text('Sylwester'),
  },
  {
    buildingId: 1,
    startsOn: '2026-11-20',
    endsOn: '2026-11-20',
    kind: 'closed',
    opens: null,
    closes: null,
    reason: text('Przegląd instalacji'),
  },
  {
    buildingId: null,
    startsOn: '2026-11-19',
    endsOn: '2026-11-19',
    kind: 'short_hours',
    opens: '07:30',
    closes: '13:00',
    reason: text('Szkolenie pracowników'),
  },
  {
    buildingId: 1,
    startsOn: '2026-11-19',
    endsOn: '2026-11-19',
    kind: 'closed',
    opens: null,
    closes: null,
    reason: text('Awaria ogrzewania'),
  },
  {
    buildingId: 2,
    startsOn: '2026-11-11',
    endsOn: '2026-11-11',
    kind: 'short_hours',
    opens: '10:00',
    closes: '14:00',
    reason: text('Dyżur w Święto Niepodległości'),
  },
];
const buildingA: CalendarInput = { buildingId: 1, weekly: WEEK, exceptions: EXCEPTIONS };
const buildingB: CalendarInput = { buildingId: 2, weekly: WEEK, exceptions: EXCEPTIONS };

describe('office time in Europe/Warsaw', () => {
  const dates: [string, string, string][] = [
    ['just before midnight UTC is already the next day in winter', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['just before midnight UTC is already the next day in summer', '2026-06-03T22:30:00Z', '2026-06-04'],
    ['the night the clocks go forward', '2026-03-28T23:30:00Z', '2026-03-29'],
    ['midday UTC is the same day', '2026-11-24T12:00:00Z', '2026-11-24'],
  ];
  for (const [name, instant, expected] of dates) {
    it(`gives the office date: ${name}`, () => assert.equal(officeDate(new Date(instant)), expected));
  }

  const times: [string, string, string][] = [
    ['the last minute before the clocks go forward', '2026-03-29T00:59:00Z', '01:59'],
    ['the first minute after they go forward (02:00 is skipped)', '2026-03-29T01:00:00Z', '03:00'],
    ['the first 02:30 of the October night', '2026-10-25T00:30:00Z', '02:30'],
    ['the second 02:30 of the October night', '2026-10-25T01:30:00Z', '02:30'],
  ];
  for (const [name, instant, expected] of times) {
    it(`gives the wall-clock time: ${name}`, () => assert.equal(officeTime(new Date(instant)), expected));
  }

  const instants: [string, string, string, string][] = [
    ['winter time is UTC+1', '2026-01-15', '08:00', '2026-01-15T07:00:00.000Z'],
    ['summer time is UTC+2', '2026-07-01', '08:00', '2026-07-01T06:00:00.000Z'],
    ['02:30 does not exist on 29 March and moves forward to 03:30', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['03:00 on 29 March is the first summer minute', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['02:30 occurs twice on 25 October: the first one is taken', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['03:00 on 25 October is winter time', '2026-10-25', '03:00:00', '2026-10-25T02:00:00.000Z'],
    ['the Monday after the spring change', '2026-03-30', '08:00', '2026-03-30T06:00:00.000Z'],
  ];
  for (const [name, date, time, expected] of instants) {
    it(`gives the instant of a local time: ${name}`, () => assert.equal(instantOf(date, time).toISOString(), expected));
  }

  it('adds days across a year end', () => assert.equal(addDays('2026-12-31', 1), '2027-01-01'));

  it('counts days and weekdays as the ISO calendar does, across leap days and clock changes', () => {
    // Every day of 2027–2028 against Temporal, with steps back and forth.
    for (
      let day = Temporal.PlainDate.from('2027-01-01');
      Temporal.PlainDate.compare(day, Temporal.PlainDate.from('2029-01-01')) < 0;
      day = day.add({ days: 1 })
    ) {
      const date = day.toString();
      assert.equal(isoWeekday(date), day.dayOfWeek, date);
      for (const step of [-400, -31, -1, 1, 7, 366])
        assert.equal(addDays(date, step), day.add({ days: step }).toString(), `${date} ${step}`);
    }
  });

  it('refuses a string that is not a calendar date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', 'jutro']) assert.throws(() => addDays(bad, 1), RangeError, bad);
  });
});

describe('Polish public holidays', () => {
  const table: [string, string | undefined][] = [
    ['2026-06-04', 'corpusChristi'],
    ['2026-04-05', 'easterSunday'],
    ['2026-04-06', 'easterMonday'],
    ['2027-03-29', 'easterMonday'],
    ['2026-05-24', 'pentecost'],
    ['2025-12-24', 'christmasEve'],
    ['2026-12-24', 'christmasEve'],
    ['2027-12-24', 'christmasEve'],
    ['2024-12-24', undefined],
    ['2026-11-11', 'independenceDay'],
    ['2026-06-05', undefined],
    ['2026-05-02', undefined],
  ];
  for (const [date, key] of table) {
    it(`${date} is ${key ?? 'a working day'}`, () => assert.equal(publicHoliday(date)?.key, key));
  }

  it('lists the fourteen statutory holidays of 2026 and thirteen of 2024 (before Wigilia became one)', () => {
    assert.equal(publicHolidays(2026).length, 14);
    assert.equal(publicHolidays(2024).length, 13);
    assert.ok(publicHolidays(2026).every((h) => h.key !== 'other'));
  });
});

describe('hours of a building on a date', () => {
  const table: [string, CalendarInput, string, string][] = [
    ['a Monday has its weekly hours', buildingA, '2026-11-23', 'open 08:00-17:00'],
    ['a Tuesday has its weekly hours', buildingA, '2026-11-24', 'open 07:30-15:30'],
    ['a Friday closes earlier', buildingA, '2026-11-27', 'open 07:30-14:30'],
    ['a Saturday has no hours', buildingA, '2026-11-28', 'closed no_hours'],
    ['Corpus Christi (a moving holiday) closes the office', buildingA, '2026-06-04', 'closed holiday corpusChristi'],
    ['Easter Monday closes the office', buildingA, '2026-04-06', 'closed holiday easterMonday'],
    ['Wigilia closes the office from 2025', buildingA, '2026-12-24', 'closed holiday christmasEve'],
    ['Wigilia 2024 was a working day', buildingA, '2024-12-24', 'open 07:30-15:30'],
    ['an office-wide exception shortens the day', buildingA, '2026-12-31', 'open 07:30-12:00 (Sylwester)'],
    ['an exception of one building closes it', buildingA, '2026-11-20', 'closed exception Przegląd instalacji'],
    ['an exception of another building leaves this one open', buildingB, '2026-11-20', 'open 07:30-14:30'],
    ['a building exception wins over an office-wide one', buildingA, '2026-11-19', 'closed exception Awaria ogrzewania'],
    ['the office-wide exception applies to the other building', buildingB, '2026-11-19', 'open 07:30-13:00 (Szkolenie pracowników)'],
    [
      'an exception wins over a holiday (the office decided that day)',
      buildingB,
      '2026-11-11',
      'open 10:00-14:00 (Dyżur w Święto Niepodległości)',
    ],
    ['the holiday stays for a building without that exception', buildingA, '2026-11-11', 'closed holiday independenceDay'],
  ];
  for (const [name, input, date, expected] of table) {
    it(name, () => {
      const day = hoursOn(input, date);
      let actual: string;
      if (day.open) actual = `open ${day.opens}-${day.closes}${day.shortened ? ` (${day.shortened.pl})` : ''}`;
      else if (day.reason.kind === 'holiday') actual = `closed holiday ${day.reason.holiday.key}`;
      else if (day.reason.kind === 'exception') actual = `closed exception ${day.reason.reason.pl}`;
      else actual = 'closed no_hours';
      assert.equal(actual, expected);
    });
  }
});

describe('status of a building at an instant', () => {
  const table: [string, string, string][] = [
    ['before opening on a Tuesday', '2026-11-24T06:00:00Z', 'opens_later 07:30'],
    ['during hours', '2026-11-24T08:00:00Z', 'open until 15:30'],
    ['at the closing minute', '2026-11-24T14:30:00Z', 'closed_now next 2026-11-25 07:30'],
    ['after hours on a Friday: next opening on Monday', '2026-11-27T14:00:00Z', 'closed_now next 2026-11-30 08:00'],
    ['on Corpus Christi', '2026-06-04T08:00:00Z', 'closed_today corpusChristi next 2026-06-05 07:30'],
    ['on Wigilia: next opening after Christmas and the weekend', '2026-12-24T08:00:00Z', 'closed_today christmasEve next 2026-12-28 08:00'],
    ['during shorter hours', '2026-12-31T09:00:00Z', 'open until 12:00 (Sylwester)'],
    ['after shorter hours: New Year and a weekend follow', '2026-12-31T11:00:00Z', 'closed_now next 2027-01-04 08:00'],
    ['23:30 UTC on 31 December is New Year in Warsaw', '2026-12-31T23:30:00Z', 'closed_today newYear next 2027-01-04 08:00'],
    ['on a local closed day', '2026-11-20T09:00:00Z', 'closed_today exception next 2026-11-23 08:00'],
    ['on the spring DST Sunday', '2026-03-29T08:00:00Z', 'closed_now next 2026-03-30 08:00'],
    ['07:00 on the Friday before the spring change is winter time', '2026-03-27T06:00:00Z', 'opens_later 07:30'],
    ['06:00 UTC on the Monday after the spring change is 08:00', '2026-03-30T06:00:00Z', 'open until 17:00'],
    ['05:59 UTC on that Monday is 07:59: not yet', '2026-03-30T05:59:00Z', 'opens_later 08:00'],
    ['on the autumn DST Sunday', '2026-10-25T10:00:00Z', 'closed_now next 2026-10-26 08:00'],
    ['05:45 UTC on the Friday before the autumn change is 07:45', '2026-10-23T05:45:00Z', 'open until 14:30'],
    ['06:45 UTC on the Monday after the autumn change is 07:45: not yet', '2026-10-26T06:45:00Z', 'opens_later 08:00'],
    ['07:00 UTC on that Monday is 08:00', '2026-10-26T07:00:00Z', 'open until 17:00'],
  ];
  for (const [name, instant, expected] of table) {
    it(name, () => {
      const status = statusAt(buildingA, new Date(instant));
      let actual: string;
      switch (status.kind) {
        case 'open':
          actual = `open until ${status.closes}${status.shortened ? ` (${status.shortened.pl})` : ''}`;
          break;
        case 'opens_later':
          actual = `opens_later ${status.opens}`;
          break;
        case 'closed_today':
          actual = `closed_today ${status.reason.kind === 'holiday' ? status.reason.holiday.key : 'exception'} next ${status.next?.date} ${status.next?.opens}`;
          break;
        case 'closed_now':
          actual = `closed_now next ${status.next?.date} ${status.next?.opens}`;
          break;
      }
      assert.equal(actual, expected);
    });
  }

  // A place open through the night shows that the hours are compared as instants, not as wall-clock text.
  const night: CalendarInput = { buildingId: null, weekly: [{ weekday: 7, opens: '01:00', closes: '04:00' }], exceptions: [] };
  const nightTable: [string, string, boolean][] = [
    ['spring: 03:59 CEST is inside (the night lasts two hours)', '2026-03-29T01:59:00Z', true],
    ['spring: 04:00 CEST is outside', '2026-03-29T02:00:00Z', false],
    ['autumn: 01:00 CEST opens', '2026-10-24T23:00:00Z', true],
    ['autumn: the second 02:30 is inside', '2026-10-25T01:30:00Z', true],
    ['autumn: 03:30 CET is inside (the night lasts four hours)', '2026-10-25T02:30:00Z', true],
    ['autumn: 04:00 CET is outside', '2026-10-25T03:00:00Z', false],
  ];
  for (const [name, instant, expected] of nightTable) {
    it(`isOpenAt on a DST night, ${name}`, () => assert.equal(isOpenAt(night, new Date(instant)), expected));
  }

  it('finds no next opening for a place without hours', () => {
    assert.equal(nextOpening({ buildingId: null, weekly: [], exceptions: [] }, '2026-11-24'), null);
  });
});

describe('schedules for display', () => {
  it('lists the week Monday to Sunday with days off as null', () => {
    const week = weeklySchedule(WEEK);
    assert.deepEqual(
      week.map((d) => (d.hours ? `${d.weekday} ${d.hours.opens}-${d.hours.closes}` : `${d.weekday} -`)),
      ['1 08:00-17:00', '2 07:30-15:30', '3 07:30-15:30', '4 07:30-15:30', '5 07:30-14:30', '6 -', '7 -'],
    );
  });

  it('lists the actual days of Christmas week', () => {
    const days = daysFrom(buildingA, '2026-12-21', 7);
    assert.deepEqual(
      days.map((d) => d.open),
      [true, true, true, false, false, false, false],
    );
    assert.deepEqual(placeCalendar(buildingA).daysFrom('2026-12-21', 7), days);
  });
});
