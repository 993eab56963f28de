import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deepFreeze, keepRecent } from './kept.ts';

describe('kept values', () => {
  it('freezes a value all the way down, dates left as they are', () => {
    const at = new Date('2026-11-24T08:00:00Z');
    const kept = deepFreeze({ desks: [{ id: 7, hours: { opens: '08:00' } }], at });
    assert.ok(
      Object.isFrozen(kept) && Object.isFrozen(kept.desks) && Object.isFrozen(kept.desks[0]) && Object.isFrozen(kept.desks[0]!.hours),
    );
    assert.equal(Object.isFrozen(kept.at), false);
    assert.throws(() => {
      kept.desks.push({ id: 8, hours: { opens: '09:00' } });
    }, TypeError);
  });

  it('keeps the most recently set keys up to the limit', () => {
    const map = new Map<string, number>();
    keepRecent(map, 'a', 1, 2);
    keepRecent(map, 'b', 2, 2);
    keepRecent(map, 'a', 3, 2);
    keepRecent(map, 'c', 4, 2);
    assert.deepEqual(
      [...map],
      [
        ['a', 3],
        ['c', 4],
      ],
      'b was set least recently',
    );
  });
});
