import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decideIssue, type HoursToday, type IssuingRules, type TicketRequest } from './issuing-rules.ts';
import { DEFAULT_PRIORITY_REASONS, type PriorityReasonCode } from './priority-reason.ts';

const rules: IssuingRules = {
  active: true,
  dailyLimit: 50,
  stopIssuingMinutesBeforeClosing: 30,
  priorityReasons: DEFAULT_PRIORITY_REASONS,
};
const open: HoursToday = { open: true, opens: '08:00:00', closes: '16:00:00' };
const regular: TicketRequest = { priorityReason: null, booked: false };
const priority: TicketRequest = { priorityReason: 'pregnancy' as PriorityReasonCode, booked: false };
const booked: TicketRequest = { priorityReason: null, booked: true };
// Tuesday 24 November 2026, CET (UTC+1): 09:00Z is 10:00 in Warsaw.
const tuesdayAt = (warsawTime: string): Date => new Date(`2026-11-24T${warsawTime}:00+01:00`);

describe('issuing rules', () => {
  it('issues a regular ticket while the service is open and under its limit', () => {
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('10:00'), issuedToday: 49, ticket: regular }), { ok: true });
  });

  it('refuses an inactive service before anything else', () => {
    const closed: HoursToday = { open: false, reason: { kind: 'no_hours_on_weekday' } };
    assert.deepEqual(decideIssue({ ...rules, active: false }, closed, { at: tuesdayAt('10:00'), issuedToday: 0, ticket: regular }), {
      ok: false,
      refusal: { code: 'inactive' },
    });
  });

  it('refuses on a closed day and passes on the reason for the message', () => {
    const reason = { kind: 'calendar_exception', reason: { pl: 'Wigilia', en: 'Christmas Eve', uk: 'Святвечір' } } as const;
    assert.deepEqual(decideIssue(rules, { open: false, reason }, { at: tuesdayAt('10:00'), issuedToday: 0, ticket: priority }), {
      ok: false,
      refusal: { code: 'closed_today', reason },
    });
  });

  it('refuses before opening with the opening time', () => {
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('07:59'), issuedToday: 0, ticket: regular }), {
      ok: false,
      refusal: { code: 'before_opening', opensAt: '08:00' },
    });
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('08:00'), issuedToday: 0, ticket: regular }), { ok: true });
  });

  it('stops issuing regular and priority tickets N minutes before closing, with both times', () => {
    const refusal = { ok: false, refusal: { code: 'after_cutoff', cutoffAt: '15:30', closesAt: '16:00' } };
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('15:29'), issuedToday: 0, ticket: regular }), { ok: true });
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('15:30'), issuedToday: 0, ticket: regular }), refusal);
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('15:45'), issuedToday: 0, ticket: priority }), refusal);
  });

  it('issues a ticket for a booked visit until closing, then refuses', () => {
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('15:45'), issuedToday: 50, ticket: booked }), { ok: true });
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('16:00'), issuedToday: 0, ticket: booked }), {
      ok: false,
      refusal: { code: 'after_cutoff', cutoffAt: '16:00', closesAt: '16:00' },
    });
  });

  it('refuses a regular ticket once the daily limit is reached, with the limit', () => {
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('10:00'), issuedToday: 50, ticket: regular }), {
      ok: false,
      refusal: { code: 'limit_reached', limit: 50 },
    });
  });

  it('never refuses a priority ticket for the daily limit (seed 7.1)', () => {
    assert.deepEqual(decideIssue(rules, open, { at: tuesdayAt('10:00'), issuedToday: 500, ticket: priority }), { ok: true });
  });

  it('has no limit when the daily limit is empty', () => {
    assert.deepEqual(decideIssue({ ...rules, dailyLimit: null }, open, { at: tuesdayAt('10:00'), issuedToday: 9999, ticket: regular }), {
      ok: true,
    });
  });

  it('refuses a priority reason the office does not accept', () => {
    const retired = { priorityReason: 'age_75_plus' as PriorityReasonCode, booked: false };
    assert.deepEqual(
      decideIssue({ ...rules, priorityReasons: ['pregnancy' as PriorityReasonCode] }, open, {
        at: tuesdayAt('10:00'),
        issuedToday: 0,
        ticket: retired,
      }),
      {
        ok: false,
        refusal: { code: 'unknown_priority_reason' },
      },
    );
  });

  it('follows the Warsaw wall clock on the day the clocks go back', () => {
    // Sunday 25 October 2026: 07:59 CET is 06:59Z; a fixed UTC offset of summer time would say 08:59.
    assert.equal(decideIssue(rules, open, { at: new Date('2026-10-25T06:59:00Z'), issuedToday: 0, ticket: regular }).ok, false);
    assert.equal(decideIssue(rules, open, { at: new Date('2026-10-25T07:00:00Z'), issuedToday: 0, ticket: regular }).ok, true);
  });

  it('follows the Warsaw wall clock on the day the clocks go forward', () => {
    // Sunday 29 March 2026: 08:00 CEST is 06:00Z.
    assert.equal(decideIssue(rules, open, { at: new Date('2026-03-29T05:59:00Z'), issuedToday: 0, ticket: regular }).ok, false);
    assert.equal(decideIssue(rules, open, { at: new Date('2026-03-29T06:00:00Z'), issuedToday: 0, ticket: regular }).ok, true);
  });

  it('once the limit refuses, every higher count refuses too (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (limit, count, more) => {
          const decide = (issuedToday: number) =>
            decideIssue({ ...rules, dailyLimit: limit }, open, { at: tuesdayAt('10:00'), issuedToday, ticket: regular });
          assert.equal(decide(count).ok, count < limit);
          if (!decide(count).ok) assert.equal(decide(count + more).ok, false);
        },
      ),
    );
  });

  it('issues a regular ticket exactly between opening and the cutoff (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 120 }), (minute, stopBefore) => {
        const at = new Date(tuesdayAt('00:00').getTime() + minute * 60_000);
        const decision = decideIssue({ ...rules, stopIssuingMinutesBeforeClosing: stopBefore }, open, {
          at,
          issuedToday: 0,
          ticket: regular,
        });
        assert.equal(decision.ok, minute >= 8 * 60 && minute < 16 * 60 - stopBefore);
      }),
    );
  });
});
