import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../shared/errors.ts';
import { readSatisfaction } from './satisfaction-input.ts';

function fields(form: Record<string, string>): Record<string, string> {
  try {
    readSatisfaction(form);
    return {};
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v.key]));
  }
}

describe('reading a satisfaction answer', () => {
  it('takes a face from 1 to 5 and an optional comment', () => {
    assert.deepEqual(readSatisfaction({ score: '5', comment: '' }), { score: 5, comment: null });
    assert.deepEqual(readSatisfaction({ score: '1', comment: '  Długo czekałem.  ' }), { score: 1, comment: 'Długo czekałem.' });
  });

  it('refuses what is not one of the faces, and unreadable or long comments', () => {
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{}, { score: 'satisfaction.errors.scoreMissing' }],
      [{ score: '0' }, { score: 'errors.choice' }],
      [{ score: '6' }, { score: 'errors.choice' }],
      [{ score: '4.5' }, { score: 'errors.choice' }],
      [{ score: '3', comment: 'x'.repeat(1001) }, { comment: 'errors.tooLong' }],
      [{ score: '3', comment: 'a\u202Eb' }, { comment: 'errors.controlCharacters' }],
      [
        { score: '', comment: '\u200B' },
        { score: 'satisfaction.errors.scoreMissing', comment: 'errors.noVisibleText' },
      ],
    ];
    for (const [form, expected] of cases) assert.deepEqual(fields(form), expected, JSON.stringify(form));
  });
});
