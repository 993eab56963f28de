import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arrived, FreshReads } from './fresh-reads.ts';

describe('fresh reads', () => {
  it('shares a read only with requests that arrived before it began', async () => {
    const reads = new FreshReads<number>();
    let loads = 0;
    const load = () => Promise.resolve((loads += 1));
    const early = arrived();
    const alsoEarly = arrived();
    assert.equal(await reads.read('s1', early, load), 1);
    assert.equal(await reads.read('s1', alsoEarly, load), 1, 'arrived before the read began: shares it');
    const late = arrived();
    assert.equal(await reads.read('s1', late, load), 2, 'arrived after the read began: reads again');
    assert.equal(await reads.read('s2', early, load), 3, 'another key is another read');
    assert.equal(loads, 3);
  });

  it('shares a read still under way, and never a failed one with a later request', async () => {
    const reads = new FreshReads<string>();
    let fail!: (error: Error) => void;
    const first = arrived();
    const second = arrived();
    const failing = reads.read(
      's1',
      first,
      () =>
        new Promise<string>((_, reject) => {
          fail = reject;
        }),
    );
    const joined = reads.read('s1', second, () => Promise.resolve('not read'));
    fail(new Error('connection lost'));
    await assert.rejects(failing, /connection lost/);
    await assert.rejects(joined, /connection lost/, 'a request that arrived before the read shares its outcome');
    assert.equal(await reads.read('s1', second, () => Promise.resolve('read again')), 'read again');
  });

  it('keeps at most its limit of keys', async () => {
    const reads = new FreshReads<number>(2);
    const since = arrived();
    let loads = 0;
    const load = () => Promise.resolve((loads += 1));
    await reads.read('a', since, load);
    await reads.read('b', since, load);
    await reads.read('c', since, load);
    assert.equal(await reads.read('a', since, load), 4, 'the oldest key was dropped');
    assert.equal(await reads.read('c', since, load), 3);
  });
});
