import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complaintDeadline, deadlineState } from './deadline.ts';

describe('complaintDeadline (art. 237 §1, art. 57 §3–4 KPA)', () => {
  const cases: [received: string, due: string, why: string][] = [
    ['2026-03-10', '2026-04-10', 'the same day of the next month (a Friday)'],
    ['2026-01-31', '2026-03-02', '31 January → 28 February 2026, a Saturday → Monday 2 March'],
    ['2028-01-31', '2028-02-29', 'a leap year: 29 February 2028 (a Tuesday)'],
    ['2027-01-29', '2027-03-01', '28 February 2027 is a Sunday → Monday 1 March'],
    ['2026-03-31', '2026-04-30', '31 March → 30 April, April has no 31st'],
    ['2026-05-31', '2026-06-30', '31 May → 30 June'],
    ['2026-10-11', '2026-11-12', '11 November is Independence Day → the 12th'],
    ['2026-12-15', '2027-01-15', 'across the year (a Friday)'],
    ['2026-11-24', '2026-12-28', 'Christmas Eve (a day off since 2025), Christmas, Boxing Day, then a Sunday → Monday 28th'],
    ['2026-12-25', '2027-01-25', 'received on Christmas Day: 25 January, a Monday'],
    ['2026-03-29', '2026-04-29', 'the spring DST day as the receipt day changes nothing (calendar dates)'],
    ['2026-09-25', '2026-10-26', '25 October 2026 is the autumn DST Sunday → Monday 26th'],
    ['2026-04-05', '2026-05-05', 'Easter Sunday received: 5 May, a Tuesday'],
    ['2026-04-03', '2026-05-04', '3 May is a holiday (Constitution Day), and a Sunday → 4 May'],
    ['2026-04-02', '2026-05-04', '2 May 2026 is a Saturday, 3 May a holiday → 4 May'],
  ];
  for (const [received, due, why] of cases) {
    it(`${received} → ${due}: ${why}`, () => {
      assert.equal(complaintDeadline(received), due);
    });
  }
});

describe('deadlineState', () => {
  const open = { handled: false, dueOn: '2026-12-10', newDueOn: null };
  const cases: [
    entry: typeof open | { handled: boolean; dueOn: string; newDueOn: string | null },
    today: string,
    days: number,
    state: string,
  ][] = [
    [open, '2026-12-01', 7, 'onTime'],
    [open, '2026-12-03', 7, 'nearDue'],
    [open, '2026-12-09', 0, 'onTime'],
    [open, '2026-12-10', 7, 'dueToday'],
    [open, '2026-12-11', 7, 'overdue'],
    [{ ...open, handled: true }, '2026-12-11', 7, 'done'],
    [{ ...open, newDueOn: '2026-12-31' }, '2026-12-11', 7, 'onTime'],
    [{ ...open, newDueOn: '2026-12-31' }, '2027-01-04', 7, 'overdue'],
  ];
  for (const [entry, today, days, state] of cases) {
    it(`${JSON.stringify(entry)} on ${today} with ${days} days → ${state}`, () => {
      assert.equal(deadlineState(entry, today, days), state);
    });
  }
});
