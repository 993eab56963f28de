import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { countAbove, quantile, sortedSeconds, timeFigures } from './time-figures.ts';

function bytesOf(seconds: number[]): Uint8Array {
  const bytes = new Uint8Array(seconds.length * 4);
  const view = new DataView(bytes.buffer);
  seconds.forEach((s, i) => view.setInt32(i * 4, s));
  return bytes;
}

describe('time figures', () => {
  it('reads big-endian seconds from several parts as one sorted list, negatives included', () => {
    assert.deepEqual([...sortedSeconds([bytesOf([600, -5]), bytesOf([]), bytesOf([70000, 30])])], [-5, 30, 600, 70000]);
  });

  it('interpolates quantiles as percentile_cont does', () => {
    const sorted = Int32Array.of(60, 120, 600);
    assert.equal(quantile(sorted, 0.5), 120);
    assert.equal(quantile(sorted, 0.9), 120 + 0.8 * 480);
    assert.equal(quantile(Int32Array.of(42), 0.9), 42);
  });

  it('gives minutes: average, median, 90th percentile and maximum; null for no times', () => {
    assert.deepEqual(timeFigures(Int32Array.of(60, 120, 600)), { average: 260 / 60, median: 2, p90: 504 / 60, max: 10 });
    assert.equal(timeFigures(new Int32Array(0)), null);
  });

  it('counts the times longer than a limit, the limit itself not', () => {
    assert.equal(countAbove(bytesOf([599, 600, 601, 3600]), 600), 2);
  });

  it('keeps the quantiles between the smallest and the largest time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -60, max: 86_400 }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (s, p) => {
        const sorted = sortedSeconds([bytesOf(s)]);
        const q = quantile(sorted, p);
        return q >= sorted[0]! && q <= sorted[sorted.length - 1]!;
      }),
    );
  });
});
