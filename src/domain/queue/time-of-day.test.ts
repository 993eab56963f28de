import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { minutesOfTime, timeOfMinutes } from './time-of-day.ts';

describe('time of day', () => {
  it('reads database and form times into minutes after midnight', () => {
    assert.equal(minutesOfTime('08:30:00'), 510);
    assert.equal(minutesOfTime('8:30'), 510);
    assert.equal(minutesOfTime('00:00'), 0);
    assert.equal(minutesOfTime('24:00'), 1440);
  });

  it('refuses texts that are not times of day', () => {
    for (const text of ['', '8', '25:00', '12:60', '24:01', 'noon']) assert.throws(() => minutesOfTime(text), RangeError, text);
  });

  it('spells back every minute of the day it reads (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        assert.equal(minutesOfTime(timeOfMinutes(minutes)), minutes);
      }),
    );
  });
});
