import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterLoginFailure, FREE_FAILURES, minutesToWait, type LoginFailures } from './login-throttle.ts';

const now = new Date('2026-12-07T07:30:00Z');

describe('login throttle', () => {
  it('lets four failures pass freely, then makes the pair wait 1, 2, 4, 8, then at most 15 minutes', () => {
    let state: LoginFailures | null = null;
    const waits: number[] = [];
    for (let failure = 1; failure <= 10; failure += 1) {
      state = afterLoginFailure(state, now);
      waits.push(minutesToWait(state, now));
    }
    assert.deepEqual(waits, [0, 0, 0, 0, 1, 2, 4, 8, 15, 15]);
    assert.equal(FREE_FAILURES, 5);
  });

  it('lets the pair try again once the wait is over', () => {
    const state = afterLoginFailure({ failures: 4, blockedUntil: null }, now);
    assert.equal(minutesToWait(state, new Date(now.getTime() + 59_000)), 1);
    assert.equal(minutesToWait(state, new Date(now.getTime() + 60_000)), 0);
    assert.equal(minutesToWait(null, now), 0);
  });
});
