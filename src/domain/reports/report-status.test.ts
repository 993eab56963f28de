import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { changeStatus, confirmReport, isOpen, stateColumns, stateOf, type ReportState } from './report-status.ts';

describe('the report state machine', () => {
  const rows: [string, ReportState, ReportState, ReturnType<typeof changeStatus>][] = [
    ['open → investigating', { status: 'open' }, { status: 'investigating' }, { ok: true, state: { status: 'investigating' } }],
    ['investigating → in progress', { status: 'investigating' }, { status: 'in_progress' }, { ok: true, state: { status: 'in_progress' } }],
    [
      'in progress → action scheduled',
      { status: 'in_progress' },
      { status: 'action_scheduled' },
      { ok: true, state: { status: 'action_scheduled' } },
    ],
    ['action scheduled → fixed', { status: 'action_scheduled' }, { status: 'fixed' }, { ok: true, state: { status: 'fixed' } }],
    ['fixed → open (reopened)', { status: 'fixed' }, { status: 'open' }, { ok: true, state: { status: 'open' } }],
    [
      'open → closed, not ours',
      { status: 'open' },
      { status: 'closed', reason: 'not_responsible', referTo: 'Zarząd Dróg Wojewódzkich' },
      { ok: true, state: { status: 'closed', reason: 'not_responsible', referTo: 'Zarząd Dróg Wojewódzkich' } },
    ],
    [
      'open → closed as a duplicate',
      { status: 'open' },
      { status: 'closed', reason: 'duplicate', duplicateOf: 3 },
      { ok: true, state: { status: 'closed', reason: 'duplicate', duplicateOf: 3 } },
    ],
    [
      'closed → closed with another reason',
      { status: 'closed', reason: 'no_further_action' },
      { status: 'closed', reason: 'duplicate', duplicateOf: 3 },
      { ok: true, state: { status: 'closed', reason: 'duplicate', duplicateOf: 3 } },
    ],
    ['unconfirmed → anything', { status: 'unconfirmed' }, { status: 'fixed' }, { ok: false, refusal: 'unconfirmed' }],
    ['open → unconfirmed', { status: 'open' }, { status: 'unconfirmed' }, { ok: false, refusal: 'same' }],
    ['open → open', { status: 'open' }, { status: 'open' }, { ok: false, refusal: 'same' }],
    [
      'duplicate of itself',
      { status: 'open' },
      { status: 'closed', reason: 'duplicate', duplicateOf: 7 },
      { ok: false, refusal: 'duplicateOfItself' },
    ],
    [
      'closed → the same closure',
      { status: 'closed', reason: 'duplicate', duplicateOf: 3 },
      { status: 'closed', reason: 'duplicate', duplicateOf: 3 },
      { ok: false, refusal: 'same' },
    ],
  ];
  for (const [name, from, to, expected] of rows) it(name, () => assert.deepEqual(changeStatus(from, to, 7), expected));

  it('confirms an unconfirmed report only', () => {
    assert.equal(confirmReport('unconfirmed'), 'open');
    assert.equal(confirmReport('fixed'), 'fixed');
  });

  it('counts every state but fixed and closed as open for Open311', () => {
    assert.deepEqual(
      (['unconfirmed', 'open', 'investigating', 'in_progress', 'action_scheduled', 'fixed', 'closed'] as const).map(isOpen),
      [true, true, true, true, true, false, false],
    );
  });

  it('stores and reads a state back unchanged', () => {
    const states: ReportState[] = [
      { status: 'open' },
      { status: 'closed', reason: 'not_responsible', referTo: 'GDDKiA' },
      { status: 'closed', reason: 'duplicate', duplicateOf: 9 },
      { status: 'closed', reason: 'no_further_action' },
    ];
    for (const state of states) assert.deepEqual(stateOf(stateColumns(state)), state);
  });
});
