import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../shared/errors.ts';
import { actionState, parseVisitReference, readSituation } from './situation-input.ts';

const WHOLE = {
  occurredOn: '2026-12-03',
  occurredTime: '10:15',
  channel: 'desk',
  unit: '2',
  facts: 'Brak dokumentu.',
  solution: 'Wizyta jutro.',
};

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return Object.keys(error.fields).sort();
    throw error;
  }
  return [];
}

describe('readSituation', () => {
  it('reads a whole form with one action', () => {
    const input = readSituation(
      { ...WHOLE, reference: 'a012', action1Description: 'Oddzwonić', action1Responsible: 'Kierownik USC', action1DueOn: '2026-12-04' },
      '2026-12-03',
    );
    assert.deepEqual(input.reference, { kind: 'ticket', letter: 'A', number: 12 });
    assert.equal(input.actions.length, 1);
  });
  const refusals: [string, Record<string, string>, string[]][] = [
    ['an empty form', {}, ['channel', 'facts', 'occurredOn', 'occurredTime', 'solution', 'unit']],
    ['a day in the future', { ...WHOLE, occurredOn: '2026-12-04' }, ['occurredOn']],
    ['a half-filled action row', { ...WHOLE, action2Description: 'Oddzwonić' }, ['action2DueOn', 'action2Responsible']],
    [
      'an action due before the incident',
      { ...WHOLE, action1Description: 'x', action1Responsible: 'y', action1DueOn: '2026-12-02' },
      ['action1DueOn'],
    ],
    ['a reference that is neither a ticket nor a booking', { ...WHOLE, reference: 'hello' }, ['reference']],
  ];
  for (const [name, form, fields] of refusals) {
    it(`refuses ${name}`, () =>
      assert.deepEqual(
        fieldsOf(() => readSituation(form, '2026-12-03')),
        fields,
      ));
  }
});

describe('parseVisitReference and actionState', () => {
  it('reads booking codes with or without the hyphen', () => {
    assert.deepEqual(parseVisitReference('k7qx3m9p'), { kind: 'booking', code: 'K7QX-3M9P' });
    assert.equal(parseVisitReference('A0'), null);
  });
  const states: [string, boolean, string, string][] = [
    ['2026-12-03', false, '2026-12-03', 'pending'],
    ['2026-12-02', false, '2026-12-03', 'overdue'],
    ['2026-12-02', true, '2026-12-03', 'done'],
  ];
  for (const [dueOn, done, today, state] of states) {
    it(`due ${dueOn}, done ${done}, today ${today} → ${state}`, () => assert.equal(actionState({ dueOn, done }, today), state));
  }
});
