import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runKillTest } from '../support/kill.ts';

describe('kill -9 under load', () => {
  it('keeps every acknowledged ticket, gives no number twice, and continues the day’s numbering after a restart', async () => {
    const result = await runKillTest({ kiosks: 3, killAfter: 30 });
    assert.ok(result.acknowledged >= 30);
    assert.equal(result.lost, 0);
    assert.equal(result.duplicates, 0);
    assert.equal(result.gaps, 0);
    assert.equal(result.firstAfter, result.lastBefore + 1);
  });
});
