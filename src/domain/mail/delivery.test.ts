import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { afterFailure, defaultSender, errorText, MAX_ATTEMPTS, skipReason, type BookingState } from './delivery.ts';

const booked: BookingState = { status: 'booked', version: 2, email: 'jan@example.pl', anonymised: false };

describe('which queued mails still apply', () => {
  const cases: [string, Parameters<typeof skipReason>, ReturnType<typeof skipReason>][] = [
    ['a confirmation of a booked visit is sent', ['booking_confirmed', 1, booked], null],
    ['a reminder of the current version is sent', ['booking_reminder', 2, booked], null],
    ['a reminder of an older version is skipped', ['booking_reminder', 1, booked], 'outdated_reminder'],
    [
      'a reminder of a visit already checked in is skipped',
      ['booking_reminder', 2, { ...booked, status: 'checked_in' }],
      'visit_not_booked',
    ],
    [
      'a confirmation of a visit cancelled meanwhile is skipped',
      ['booking_confirmed', 1, { ...booked, status: 'cancelled' }],
      'booking_cancelled',
    ],
    ['a cancellation notice is sent', ['booking_cancelled', 3, { ...booked, status: 'cancelled', version: 3 }], null],
    ['a booking with a phone only gets no mail', ['booking_cancelled', 2, { ...booked, email: null }], 'no_email'],
    ['an anonymised booking gets no mail', ['booking_moved', 2, { ...booked, email: null, anonymised: true }], 'anonymised'],
    ['a mail without its booking is skipped', ['booking_moved', 2, undefined], 'no_booking'],
  ];
  for (const [name, args, expected] of cases) it(name, () => assert.equal(skipReason(...args), expected));
});

describe('retries', () => {
  const now = new Date('2026-12-01T08:00:00Z');
  it('waits longer after each failure: 1, 5, 15, 60, 240, 720 minutes', () => {
    const waits = [1, 2, 3, 4, 5, 6].map((attempts) => {
      const next = afterFailure(attempts, now);
      assert.equal(next.giveUp, false);
      return next.giveUp ? 0 : (next.retryAt.getTime() - now.getTime()) / 60_000;
    });
    assert.deepEqual(waits, [1, 5, 15, 60, 240, 720]);
  });
  it('gives up after the last attempt', () => {
    assert.deepEqual(afterFailure(MAX_ATTEMPTS, now), { giveUp: true });
  });
});

describe('what an error and a sender look like', () => {
  it('keeps no e-mail address of an SMTP error and fits the column', () => {
    assert.equal(errorText(new Error('550 5.1.1 <jan.kowalski@example.pl>: Recipient\n rejected')), '550 5.1.1 <…>: Recipient rejected');
    assert.equal(errorText(new Error('x'.repeat(900))).length, 500);
  });
  it('makes the sender from the public address, or from the reserved .invalid domain on localhost', () => {
    assert.deepEqual(defaultSender('Urząd Miasta', 'https://urzad.example.pl'), {
      name: 'Urząd Miasta',
      address: 'no-reply@urzad.example.pl',
    });
    assert.equal(defaultSender('Urząd Miasta', 'http://127.0.0.1:3000').address, 'no-reply@okienko.invalid');
    assert.equal(defaultSender('Urząd Miasta', 'http://localhost:3000').address, 'no-reply@okienko.invalid');
  });
});
