import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KeyedQueue } from './keyed-queue.ts';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('keyed queue', () => {
  it('runs the tasks of one key one after another in arrival order, other keys at once', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let release!: () => void;
    const first = queue.run('s1', async () => {
      log.push('first start');
      await new Promise<void>((r) => {
        release = r;
      });
      log.push('first end');
      return 1;
    });
    const second = queue.run('s1', async () => {
      log.push('second');
      return 2;
    });
    const other = queue.run('s2', async () => {
      log.push('other');
      return 3;
    });
    await tick();
    assert.deepEqual(log, ['first start', 'other'], 'another key runs at once; the same key waits');
    release();
    assert.deepEqual(await Promise.all([first, second, other]), [1, 2, 3]);
    assert.deepEqual(log, ['first start', 'other', 'first end', 'second']);
  });

  it('goes on after a failed task, and forgets a key once its tasks have ended', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('s1', async () => {
      throw new Error('taken');
    });
    const next = queue.run('s1', async () => 'next');
    await assert.rejects(failed, /taken/);
    assert.equal(await next, 'next');
    await tick();
    assert.equal((queue as unknown as { tails: Map<string, unknown> }).tails.size, 0);
  });
});
