import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { estimateWait, serviceTime } from './wait-estimate.ts';

describe('wait estimate', () => {
  it('uses the typical minutes of the service when there is no history', () => {
    assert.deepEqual(serviceTime([], 15), { minutes: 15, basis: 'typical' });
    assert.deepEqual(estimateWait({ recentMinutes: [], typicalMinutes: 15, peopleAhead: 2, openDesks: 1 }), {
      kind: 'range',
      fromMinutes: 25,
      toMinutes: 35,
      basis: 'typical',
    });
  });

  it('uses the typical minutes while fewer services than the minimum have finished', () => {
    assert.deepEqual(serviceTime([4, 5], 15), { minutes: 15, basis: 'typical' });
  });

  it('drops the extremes so one long visit does not swing the estimate', () => {
    assert.deepEqual(serviceTime([8, 12, 10, 60, 9], 15), { minutes: 31 / 3, basis: 'history' });
  });

  it('uses only the most recent services', () => {
    const recent = [10, 10, 10];
    assert.equal(serviceTime([...recent, 50, 50, 50], 15, { sampleSize: 3, minimumSamples: 3, trimShare: 0 }).minutes, 10);
  });

  it('ignores service times that are not positive numbers', () => {
    assert.deepEqual(serviceTime([0, -3, Number.NaN, Number.POSITIVE_INFINITY, 6], 15), { minutes: 15, basis: 'typical' });
  });

  it('says the wait is unknown when no open desk serves the service', () => {
    assert.deepEqual(estimateWait({ recentMinutes: [10, 10, 10], typicalMinutes: 15, peopleAhead: 4, openDesks: 0 }), { kind: 'unknown' });
    assert.deepEqual(estimateWait({ recentMinutes: [], typicalMinutes: 15, peopleAhead: 0, openDesks: 0 }), { kind: 'unknown' });
  });

  it('says the resident is next when nobody is ahead', () => {
    assert.deepEqual(estimateWait({ recentMinutes: [10, 10, 10], typicalMinutes: 15, peopleAhead: 0, openDesks: 2 }), { kind: 'next' });
  });

  it('gives a range in whole five minutes around people ahead × service time ÷ desks', () => {
    // 4 × 10 ÷ 3 = 13.3 minutes.
    assert.deepEqual(estimateWait({ recentMinutes: [10, 10, 10], typicalMinutes: 15, peopleAhead: 4, openDesks: 3 }), {
      kind: 'range',
      fromMinutes: 10,
      toMinutes: 20,
      basis: 'history',
    });
    // 1 × 3 ÷ 1: a short wait reads "0–5".
    assert.deepEqual(estimateWait({ recentMinutes: [3, 3, 3], typicalMinutes: 15, peopleAhead: 1, openDesks: 1 }), {
      kind: 'range',
      fromMinutes: 0,
      toMinutes: 5,
      basis: 'history',
    });
  });

  const inputs = fc.record({
    recentMinutes: fc.array(fc.double({ min: 0.5, max: 120, noNaN: true }), { maxLength: 30 }),
    typicalMinutes: fc.integer({ min: 1, max: 480 }),
    peopleAhead: fc.integer({ min: 1, max: 300 }),
    openDesks: fc.integer({ min: 1, max: 20 }),
  });
  const range = (e: ReturnType<typeof estimateWait>) => {
    assert.equal(e.kind, 'range');
    return e.kind === 'range' ? e : assert.fail('not a range');
  };

  it('gives a range of whole five minutes, at least five wide, holding the expected wait (property)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const e = range(estimateWait(input));
        const expected = (input.peopleAhead * serviceTime(input.recentMinutes, input.typicalMinutes).minutes) / input.openDesks;
        assert.equal(e.fromMinutes % 5, 0);
        assert.equal(e.toMinutes % 5, 0);
        assert.ok(e.fromMinutes >= 0 && e.toMinutes - e.fromMinutes >= 5);
        assert.ok(e.fromMinutes <= expected && expected <= e.toMinutes);
      }),
    );
  });

  it('never promises a shorter wait to someone with more people ahead (property)', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 50 }), (input, more) => {
        const a = range(estimateWait(input));
        const b = range(estimateWait({ ...input, peopleAhead: input.peopleAhead + more }));
        assert.ok(b.fromMinutes >= a.fromMinutes && b.toMinutes >= a.toMinutes);
      }),
    );
  });

  it('never promises a longer wait when more desks are open (property)', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 10 }), (input, more) => {
        const a = range(estimateWait(input));
        const b = range(estimateWait({ ...input, openDesks: input.openDesks + more }));
        assert.ok(b.fromMinutes <= a.fromMinutes && b.toMinutes <= a.toMinutes);
      }),
    );
  });
});
