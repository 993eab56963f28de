import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../shared/errors.ts';
import { readWeekHours } from './hours-input.ts';
import { normaliseLines } from './service-input.ts';

function closedWeek(): Record<string, string> {
  return { closed_1: 'on', closed_2: 'on', closed_3: 'on', closed_4: 'on', closed_5: 'on', closed_6: 'on', closed_7: 'on' };
}

describe('the week grid', () => {
  it('keeps only the open days, with times padded to HH:MM', () => {
    assert.deepEqual(readWeekHours({ ...closedWeek(), closed_2: '', opens_2: '7:30', closes_2: '15:30' }), [
      { weekday: 2, opens: '07:30', closes: '15:30' },
    ]);
  });

  it('reports every wrong day at once, each on its own field', () => {
    const form = { ...closedWeek(), closed_1: '', opens_1: '16:00', closes_1: '08:00', closed_4: '', opens_4: '25:00', closes_4: '' };
    assert.throws(
      () => readWeekHours(form),
      (error: unknown) => {
        assert.ok(error instanceof DomainError);
        assert.deepEqual(Object.keys(error.fields), ['closes_1', 'opens_4', 'closes_4']);
        assert.equal(error.fields.closes_1?.key, 'admin.errors.closesBeforeOpens');
        return true;
      },
    );
  });

  it('refuses a day that closes at the minute it opens', () => {
    assert.throws(() => readWeekHours({ ...closedWeek(), closed_3: '', opens_3: '08:00', closes_3: '08:00' }), DomainError);
  });
});

describe('one item per line', () => {
  const cases: [string, string][] = [
    ['Dowód osobisty\r\n\r\n  Zdjęcie  \n', 'Dowód osobisty\nZdjęcie'],
    ['   ', ''],
    ['Jedna pozycja', 'Jedna pozycja'],
  ];
  for (const [raw, expected] of cases) {
    it(`normalises ${JSON.stringify(raw)}`, () => assert.equal(normaliseLines(raw), expected));
  }
});
