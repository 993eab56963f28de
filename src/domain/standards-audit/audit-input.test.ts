import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../shared/errors.ts';
import { readAudit, scorePercent } from './audit-input.ts';
import { SEED_CHECKLIST, STANDARDS } from './checklist.ts';

function refusal(run: () => unknown): Record<string, string> {
  try {
    run();
    return {};
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v.key]));
  }
}

describe('the audits of the standards', () => {
  it('counts a score as met among observed items, whole percent', () => {
    const cases: [{ met: number; notMet: number }, number | null][] = [
      [{ met: 0, notMet: 0 }, null],
      [{ met: 3, notMet: 1 }, 75],
      [{ met: 2, notMet: 1 }, 67],
      [{ met: 0, notMet: 4 }, 0],
      [{ met: 5, notMet: 0 }, 100],
    ];
    for (const [counts, expected] of cases) assert.equal(scorePercent(counts), expected, JSON.stringify(counts));
  });

  it('reads an audit with a result for every item shown', () => {
    const form = {
      unit: '2',
      desk: '',
      channel: 'phone',
      performedOn: '2026-12-02',
      'result-7': 'met',
      'result-9': 'not_observed',
      'note-9': 'Nikt nie dzwonił',
    };
    assert.deepEqual(readAudit(form, [7, 9], '2026-12-03'), {
      unitId: 2,
      deskId: null,
      channel: 'phone',
      performedOn: '2026-12-02',
      note: '',
      results: [
        { itemId: 7, result: 'met', note: '' },
        { itemId: 9, result: 'not_observed', note: 'Nikt nie dzwonił' },
      ],
    });
  });

  it('refuses a missing result, a future day, an unknown channel, all at once', () => {
    const fields = refusal(() =>
      readAudit({ unit: 'x', channel: 'mail', performedOn: '2026-12-04', 'result-7': 'maybe' }, [7, 9], '2026-12-03'),
    );
    assert.deepEqual(fields, {
      unit: 'errors.wholeNumber',
      channel: 'errors.choice',
      performedOn: 'standardsAudit.errors.inFuture',
      'result-7': 'errors.choice',
      'result-9': 'standardsAudit.errors.resultMissing',
    });
  });

  it('starts from a checklist that covers every standard of the seed', () => {
    for (const standard of STANDARDS)
      assert.ok(
        SEED_CHECKLIST.some((item) => item.standard === standard),
        standard,
      );
    assert.ok(SEED_CHECKLIST.some((item) => item.pl.includes('identyfikator')));
  });
});
