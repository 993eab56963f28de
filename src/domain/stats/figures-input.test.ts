import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../shared/errors.ts';
import { readFiguresQuery } from './figures-input.ts';

const TODAY = '2026-12-03';

function errorsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return Object.fromEntries(Object.entries(error.fields).map(([f, e]) => [f, e.key]));
    throw error;
  }
  return {};
}

describe('readFiguresQuery', () => {
  const cases: { name: string; input: Record<string, unknown>; expected: unknown }[] = [
    { name: 'empty: this month by service', input: {}, expected: { from: '2026-12-01', to: TODAY, by: 'service', unitId: null } },
    {
      name: 'a whole period by day for one unit',
      input: { from: '2026-11-01', to: '2026-11-30', by: 'day', unit: '3' },
      expected: { from: '2026-11-01', to: '2026-11-30', by: 'day', unitId: 3 },
    },
    {
      name: 'one day',
      input: { from: '2026-03-29', to: '2026-03-29', by: 'hour' },
      expected: { from: '2026-03-29', to: '2026-03-29', by: 'hour', unitId: null },
    },
    {
      name: 'a leap year whole',
      input: { from: '2028-01-01', to: '2028-12-31' },
      expected: { from: '2028-01-01', to: '2028-12-31', by: 'service', unitId: null },
    },
    {
      name: 'only a later start: ends that day',
      input: { from: '2027-01-05' },
      expected: { from: '2027-01-05', to: '2027-01-05', by: 'service', unitId: null },
    },
  ];
  for (const c of cases) it(`reads ${c.name}`, () => assert.deepEqual(readFiguresQuery(c.input, TODAY), c.expected));

  const refusals: { name: string; input: Record<string, unknown>; expected: Record<string, string> }[] = [
    { name: 'an end before the start', input: { from: '2026-12-10', to: '2026-12-01' }, expected: { to: 'stats.error.toBeforeFrom' } },
    { name: 'more than a year', input: { from: '2025-01-01', to: '2026-01-02' }, expected: { to: 'stats.error.tooLong' } },
    { name: 'a day that does not exist', input: { from: '2026-02-30' }, expected: { from: 'errors.date' } },
    {
      name: 'junk everywhere',
      input: { from: 'wczoraj', to: '<script>', by: 'month', unit: 'x' },
      expected: { from: 'errors.date', to: 'errors.date', by: 'errors.choice', unit: 'errors.wholeNumber' },
    },
    { name: 'a unit beyond PostgreSQL’s integer', input: { unit: '99999999999' }, expected: { unit: 'errors.range' } },
  ];
  for (const c of refusals)
    it(`refuses ${c.name}`, () =>
      assert.deepEqual(
        errorsOf(() => readFiguresQuery(c.input, TODAY)),
        c.expected,
      ));
});
