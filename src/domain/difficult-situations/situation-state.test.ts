import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../shared/errors.ts';
import { nextSituationStatus, situationAllows, type SituationEvent, type SituationStatus } from './situation-state.ts';

describe('the state machine of a difficult situation', () => {
  const cases: [SituationStatus, SituationEvent, string][] = [
    ['open', 'close', 'closed'],
    ['open', 'addAction', 'open'],
    ['open', 'completeAction', 'open'],
    ['closed', 'completeAction', 'closed'],
    ['closed', 'close', 'situations.errors.closeWhenClosed'],
    ['closed', 'addAction', 'situations.errors.addActionWhenClosed'],
  ];
  for (const [status, event, outcome] of cases) {
    it(`${status} + ${event} → ${outcome}`, () => {
      if (outcome === 'open' || outcome === 'closed') {
        assert.equal(nextSituationStatus(status, event), outcome);
        assert.equal(situationAllows(status, event), true);
      } else {
        assert.throws(
          () => nextSituationStatus(status, event),
          (error: unknown) => error instanceof DomainError && error.kind === 'conflict' && error.key === outcome,
        );
        assert.equal(situationAllows(status, event), false);
      }
    });
  }
});
