import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { officeClockOf, officeDayBounds, officeDayOf } from './office-day.ts';

describe('office day in Europe/Warsaw', () => {
  for (const [instant, day] of [
    ['2026-01-15T22:59:59Z', '2026-01-15'], // 23:59:59 CET
    ['2026-01-15T23:00:00Z', '2026-01-16'], // midnight CET: numbering restarts
    ['2026-07-15T21:59:59Z', '2026-07-15'], // 23:59:59 CEST
    ['2026-07-15T22:00:00Z', '2026-07-16'], // midnight CEST
    ['2026-03-29T00:59:59Z', '2026-03-29'], // 01:59:59 CET, a second before the clocks go forward
    ['2026-03-29T01:00:00Z', '2026-03-29'], // 03:00 CEST
    ['2026-03-29T21:59:59Z', '2026-03-29'], // 23:59:59 CEST on the short day
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    ['2026-10-25T00:30:00Z', '2026-10-25'], // 02:30 CEST, the first time
    ['2026-10-25T01:30:00Z', '2026-10-25'], // 02:30 CET, the second time
    ['2026-10-25T22:59:59Z', '2026-10-25'], // 23:59:59 CET on the long day
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ] as const) {
    it(`puts ${instant} on office day ${day}`, () => {
      assert.equal(officeDayOf(new Date(instant)), day);
    });
  }

  it('makes the day of the clocks going forward 23 hours long', () => {
    const { start, end } = officeDayBounds('2026-03-29');
    assert.equal(start.toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(end.toISOString(), '2026-03-29T22:00:00.000Z');
  });

  it('makes the day of the clocks going back 25 hours long', () => {
    const { start, end } = officeDayBounds('2026-10-25');
    assert.equal(start.toISOString(), '2026-10-24T22:00:00.000Z');
    assert.equal(end.toISOString(), '2026-10-25T23:00:00.000Z');
  });

  it('reads the wall clock and weekday of an instant', () => {
    assert.deepEqual(officeClockOf(new Date('2026-11-24T07:30:00Z')), { day: '2026-11-24', weekday: 2, minutes: 510 });
    assert.deepEqual(officeClockOf(new Date('2026-03-29T01:00:00Z')), { day: '2026-03-29', weekday: 7, minutes: 180 });
  });

  it('puts every instant inside the bounds of its own office day (property)', () => {
    const instants = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(fc.property(instants, (at) => {
      const { start, end } = officeDayBounds(officeDayOf(at));
      assert.ok(start.getTime() <= at.getTime() && at.getTime() < end.getTime());
      assert.equal(officeDayOf(start), officeDayOf(at));
      assert.notEqual(officeDayOf(end), officeDayOf(at));
    }));
  });
});
