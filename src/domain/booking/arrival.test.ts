import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arrivalWindow, decideCheckIn, isActiveBooking, isNoShow, noShowAfter, type ArrivalPolicy, type BookingStatus } from './arrival.ts';

const NINE = new Date('2026-11-24T08:00:00Z'); // 09:00 in Warsaw
const at = (minutes: number) => new Date(NINE.getTime() + minutes * 60_000);
const JOIN: ArrivalPolicy = { minutesBefore: 10, minutesAfter: 15, lateArrival: 'join_queue_as_regular' };
const REFUSE: ArrivalPolicy = { ...JOIN, lateArrival: 'refuse' };
const booking = (status: BookingStatus = 'booked') => ({ status, startsAt: NINE });

describe('arrival with a booking', () => {
  it('opens check-in N minutes before the time and closes it M after, both ends included', () => {
    assert.deepEqual(arrivalWindow(NINE, JOIN), { opens: at(-10), closes: at(15) });
    assert.deepEqual(decideCheckIn(booking(), at(-10), JOIN), { kind: 'on_time', bookedFor: NINE });
    assert.deepEqual(decideCheckIn(booking(), at(15), JOIN), { kind: 'on_time', bookedFor: NINE });
  });

  it('tells an early person when check-in opens', () => {
    assert.deepEqual(decideCheckIn(booking(), at(-11), JOIN), { kind: 'refused', reason: 'too_early', opensAt: at(-10) });
  });

  it('follows the late-arrival rule after the window: a regular ticket the same day, or a refusal', () => {
    assert.deepEqual(decideCheckIn(booking(), at(16), JOIN), { kind: 'late_as_regular' });
    assert.deepEqual(decideCheckIn(booking('no_show'), at(120), JOIN), { kind: 'late_as_regular' });
    assert.deepEqual(decideCheckIn(booking(), at(16), REFUSE), { kind: 'refused', reason: 'too_late' });
  });

  it('refuses a late arrival on another day whatever the rule', () => {
    assert.deepEqual(decideCheckIn(booking(), new Date('2026-11-25T08:00:00Z'), JOIN), { kind: 'refused', reason: 'too_late' });
  });

  it('refuses a cancelled booking and a second check-in', () => {
    assert.deepEqual(decideCheckIn(booking('cancelled'), NINE, JOIN), { kind: 'refused', reason: 'cancelled' });
    assert.deepEqual(decideCheckIn(booking('checked_in'), NINE, JOIN), { kind: 'refused', reason: 'already_checked_in' });
  });

  it('makes a booking not checked in a no-show once its window has closed', () => {
    assert.deepEqual(noShowAfter(NINE, JOIN), at(15));
    assert.equal(isNoShow(booking(), at(15), JOIN), false);
    assert.equal(isNoShow(booking(), at(16), JOIN), true);
    assert.equal(isNoShow(booking('checked_in'), at(60), JOIN), false);
    assert.equal(isNoShow(booking('cancelled'), at(60), JOIN), false);
  });

  it('counts a booking as active until its window closes, and only while booked', () => {
    assert.equal(isActiveBooking(booking(), at(-600), JOIN), true);
    assert.equal(isActiveBooking(booking(), at(16), JOIN), false);
    assert.equal(isActiveBooking(booking('cancelled'), at(-600), JOIN), false);
  });
});
