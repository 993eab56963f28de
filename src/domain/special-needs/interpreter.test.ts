import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CalendarInput } from '../organisation/calendar.ts';
import { earliestInterpreterDate } from './index.ts';

const WEEKDAYS: CalendarInput = {
  buildingId: 2,
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '07:30', closes: '15:30' })),
  exceptions: [
    {
      buildingId: null,
      startsOn: '2026-12-31',
      endsOn: '2026-12-31',
      kind: 'closed',
      opens: null,
      closes: null,
      reason: { pl: 'Dzień wolny za święto', en: '', uk: '' },
    },
  ],
};

describe('earliest date of an in-person interpreter (3 working days of notice)', () => {
  const table: [string, string, string][] = [
    ['Monday → Thursday', '2026-11-30', '2026-12-03'],
    ['Friday → Wednesday after the weekend', '2026-12-04', '2026-12-09'],
    ['Saturday → Wednesday', '2026-12-05', '2026-12-09'],
    ['over Independence Day (11 November)', '2026-11-09', '2026-11-13'],
    ['over Christmas Eve, Christmas and the weekend', '2026-12-22', '2026-12-29'],
    ['Christmas Eve itself', '2026-12-24', '2026-12-30'],
    ['over the office’s own closed day and New Year', '2026-12-28', '2027-01-04'],
    ['over Easter Monday 2026', '2026-04-02', '2026-04-08'],
    ['over Easter Monday 2027', '2027-03-25', '2027-03-31'],
    ['over Corpus Christi 2026 (4 June)', '2026-06-02', '2026-06-08'],
    ['over 1 and 3 May 2027', '2027-04-29', '2027-05-05'],
  ];
  for (const [name, today, expected] of table) {
    it(`${name}: ${today} → ${expected}`, () => assert.equal(earliestInterpreterDate(WEEKDAYS, today), expected));
  }
  it('is null for a place that never opens', () => {
    assert.equal(earliestInterpreterDate({ buildingId: null, weekly: [], exceptions: [] }, '2026-12-01'), null);
  });
});
