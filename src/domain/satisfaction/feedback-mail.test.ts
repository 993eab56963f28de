import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { feedbackSkipReason, type InvitedVisit } from './feedback-mail.ts';

const DAY = 86_400_000;
const endedAt = new Date('2026-12-01T09:00:00Z');
const now = new Date('2026-12-01T10:00:00Z');
const visit: InvitedVisit = { status: 'checked_in', email: 'jan@example.pl', anonymised: false, endedAt, answered: false };

describe('the invitation to rate a booked visit', () => {
  it('goes out for a served visit not yet rated, within the answer window', () => {
    assert.equal(feedbackSkipReason(visit, now, 7 * DAY), null);
    // A late arrival the no-show job had marked, still served at a desk, is asked too.
    assert.equal(feedbackSkipReason({ ...visit, status: 'no_show' }, now, 7 * DAY), null);
  });

  it('is skipped with a reason the outbox page words', () => {
    const cases: [InvitedVisit | undefined, string][] = [
      [undefined, 'no_booking'],
      [{ ...visit, anonymised: true, email: null }, 'anonymised'],
      [{ ...visit, email: null }, 'no_email'],
      [{ ...visit, email: '' }, 'no_email'],
      [{ ...visit, status: 'no_show', endedAt: null }, 'not_served'],
      [{ ...visit, status: 'cancelled' }, 'not_served'],
      [{ ...visit, answered: true }, 'answered'],
    ];
    for (const [given, reason] of cases) assert.equal(feedbackSkipReason(given, now, 7 * DAY), reason, reason);
    assert.equal(feedbackSkipReason(visit, new Date(endedAt.getTime() + 7 * DAY + 1), 7 * DAY), 'too_late');
    assert.equal(feedbackSkipReason(visit, new Date(endedAt.getTime() + 7 * DAY), 7 * DAY), null);
  });
});
