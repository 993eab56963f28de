import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { afterFailedLogin, isLocked, LOCKOUT_MS, MAX_FAILED_LOGINS } from './lockout.ts';

const now = new Date('2026-11-24T09:00:00Z');

describe('login lockout', () => {
  it('counts failures below the limit without locking', () => {
    for (let before = 0; before < MAX_FAILED_LOGINS - 1; before += 1) {
      assert.deepEqual(afterFailedLogin(before, now), { failedLogins: before + 1, lockedUntil: null, lockedNow: false });
    }
  });

  it('locks for 15 minutes on the fifth failure in a row and restarts the count', () => {
    const outcome = afterFailedLogin(MAX_FAILED_LOGINS - 1, now);
    assert.equal(outcome.lockedNow, true);
    assert.equal(outcome.failedLogins, 0);
    assert.equal(outcome.lockedUntil?.getTime(), now.getTime() + LOCKOUT_MS);
  });

  it('holds the lock until its end and not a millisecond longer', () => {
    const until = new Date(now.getTime() + LOCKOUT_MS);
    assert.equal(isLocked(until, now), true);
    assert.equal(isLocked(until, new Date(until.getTime() - 1)), true);
    assert.equal(isLocked(until, until), false);
    assert.equal(isLocked(null, now), false);
  });
});
