import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anonymisationDueOn, dueForAnonymisation, retentionCutoff } from './retention.ts';

const visit = (id: number, startsAt: string, anonymisedAt: string | null = null) => ({
  id,
  startsAt: new Date(startsAt),
  anonymisedAt: anonymisedAt === null ? null : new Date(anonymisedAt),
});

describe('retention of personal data', () => {
  it('keeps the data through the visit day and N full days after it', () => {
    assert.equal(anonymisationDueOn(new Date('2026-11-01T09:00:00Z'), 30), '2026-12-02');
    assert.equal(anonymisationDueOn(new Date('2026-11-01T09:00:00Z'), 0), '2026-11-02');
  });

  it('picks the bookings whose visit date plus N days has passed, by the Warsaw date', () => {
    const bookings = [
      visit(1, '2026-10-31T12:00:00Z'),
      visit(2, '2026-11-01T09:00:00Z'),
      // 23:30 UTC on 31 October is already 1 November in Warsaw (00:30).
      visit(3, '2026-10-31T23:30:00Z'),
      visit(4, '2026-10-01T09:00:00Z', '2026-11-02T02:00:00Z'),
      visit(5, '2026-12-10T09:00:00Z'),
    ];
    assert.deepEqual(dueForAnonymisation(bookings, new Date('2026-12-01T10:00:00Z'), 30), [1]);
    assert.deepEqual(dueForAnonymisation(bookings, new Date('2026-12-02T00:30:00Z'), 30), [1, 2, 3]);
  });

  it("gives the cutoff date for the daily job's query", () => {
    assert.equal(retentionCutoff(new Date('2026-12-01T10:00:00Z'), 30), '2026-11-01');
    assert.equal(retentionCutoff(new Date('2026-03-29T22:30:00Z'), 1), '2026-03-29');
  });

  it('refuses a retention period that is not a whole number of days', () => {
    assert.throws(() => retentionCutoff(new Date('2026-12-01T10:00:00Z'), -1), RangeError);
    assert.throws(() => anonymisationDueOn(new Date('2026-12-01T10:00:00Z'), 1.5), RangeError);
  });
});
