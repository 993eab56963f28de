import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chooseNextTicket, classifyTicket, mayCall, type CallPolicy, type WaitingTicket } from './call-order.ts';
import type { DeskOfCall } from './ticket-state.ts';

const start = new Date('2026-11-24T08:00:00Z').getTime();
const minute = (n: number): Date => new Date(start + n * 60_000);
const policy: CallPolicy = { bookingMinutesBefore: 10, bookingMinutesAfter: 15, maxOutOfTurnInARow: 2 };
const desk: DeskOfCall = { id: 5, serviceIds: [1, 2] };

function ticket(id: number, fields: Partial<WaitingTicket> = {}): WaitingTicket {
  return { id, serviceId: 1, arrivedAt: minute(id), priority: false, bookedFor: null, assignedDeskId: null, ...fields };
}
const next = (waiting: WaitingTicket[], outOfTurnInARow = 0, at = minute(60), p = policy) =>
  chooseNextTicket(waiting, desk, { at, outOfTurnInARow }, p);

describe('call order', () => {
  it('answers null when nothing is waiting for the desk', () => {
    assert.equal(next([]), null);
    assert.equal(next([ticket(1, { serviceId: 3 }), ticket(2, { assignedDeskId: 6 })]), null);
  });

  it('calls the longest-waiting regular ticket by original arrival, not by id', () => {
    const transferred = ticket(9, { arrivedAt: minute(0), serviceId: 2 });
    assert.equal(next([ticket(3), ticket(2), transferred])?.ticket.id, 9);
  });

  it('calls a priority ticket before regular ones that came earlier', () => {
    assert.deepEqual(next([ticket(1), ticket(2, { priority: true })], 0), {
      ticket: ticket(2, { priority: true }),
      callClass: 'priority',
      outOfTurnInARow: 1,
    });
  });

  it('calls a booked visit due now before regular tickets, and after priority ones', () => {
    const booked = ticket(3, { bookedFor: minute(65) });
    assert.equal(next([ticket(1), booked])?.callClass, 'booked');
    assert.equal(next([ticket(1), booked, ticket(4, { priority: true })])?.ticket.id, 4);
  });

  it('calls booked visits by booking time', () => {
    assert.equal(next([ticket(1, { bookedFor: minute(70) }), ticket(2, { bookedFor: minute(60) })])?.ticket.id, 2);
  });

  it('queues a booked ticket by arrival outside its window', () => {
    const at = minute(60);
    assert.equal(classifyTicket(ticket(1, { bookedFor: minute(70) }), at, policy), 'booked');
    assert.equal(classifyTicket(ticket(1, { bookedFor: minute(71) }), at, policy), 'regular');
    assert.equal(classifyTicket(ticket(1, { bookedFor: minute(45) }), at, policy), 'booked');
    assert.equal(classifyTicket(ticket(1, { bookedFor: minute(44) }), at, policy), 'regular');
  });

  it('calls one regular ticket after K out-of-turn calls in a row', () => {
    const waiting = [ticket(1), ticket(2, { priority: true })];
    assert.deepEqual(next(waiting, 2), { ticket: ticket(1), callClass: 'regular', outOfTurnInARow: 0 });
  });

  it('does not count out-of-turn calls while no regular ticket waits', () => {
    assert.equal(next([ticket(2, { priority: true })], 7)?.outOfTurnInARow, 0);
  });

  it('lets a transferred ticket be called only by its desk', () => {
    const sent = ticket(1, { assignedDeskId: 5 });
    assert.equal(mayCall(desk, sent), true);
    assert.equal(mayCall({ id: 6, serviceIds: [1] }, sent), false);
  });

  it('refuses a policy that could starve priority tickets', () => {
    assert.throws(() => next([ticket(1)], 0, minute(60), { ...policy, maxOutOfTurnInARow: 0 }), RangeError);
  });
});

// Generators: small numbers so that ties, shared services and desk assignments happen often.
const desks = fc.record({ id: fc.constant(5), serviceIds: fc.subarray([1, 2, 3, 4], { minLength: 1 }) });
const policies = fc.record({
  bookingMinutesBefore: fc.integer({ min: 0, max: 30 }),
  bookingMinutesAfter: fc.integer({ min: 0, max: 30 }),
  maxOutOfTurnInARow: fc.integer({ min: 1, max: 5 }),
});
const ticketFields = fc.record({
  serviceId: fc.integer({ min: 1, max: 4 }),
  arrival: fc.integer({ min: 0, max: 30 }),
  priority: fc.boolean(),
  booking: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  assignedDeskId: fc.option(fc.constantFrom(5, 6), { nil: null, freq: 3 }),
});
type Fields = typeof ticketFields extends fc.Arbitrary<infer T> ? T : never;
const toTicket = (f: Fields, id: number, arrivalOffset = 0): WaitingTicket => ({
  id,
  serviceId: f.serviceId,
  arrivedAt: minute(arrivalOffset + f.arrival),
  priority: f.priority,
  bookedFor: f.booking === null ? null : minute(f.booking),
  assignedDeskId: f.assignedDeskId,
});
const queues = fc.array(ticketFields, { maxLength: 25 }).map((all) => all.map((f, i) => toTicket(f, i + 1)));
const nows = fc.integer({ min: 0, max: 120 }).map(minute);
const streaks = fc.integer({ min: 0, max: 8 });
const isBefore = (a: WaitingTicket, b: WaitingTicket) => a.arrivedAt.getTime() - b.arrivedAt.getTime() || a.id - b.id;

describe('call order (properties)', () => {
  it('never returns a ticket the desk may not call', () => {
    fc.assert(
      fc.property(queues, desks, nows, streaks, policies, (waiting, d, at, streak, p) => {
        const chosen = chooseNextTicket(waiting, d, { at, outOfTurnInARow: streak }, p);
        if (chosen) assert.ok(mayCall(d, chosen.ticket) && waiting.includes(chosen.ticket));
      }),
    );
  });

  it('returns a ticket whenever the desk may call one', () => {
    fc.assert(
      fc.property(queues, desks, nows, streaks, policies, (waiting, d, at, streak, p) => {
        const chosen = chooseNextTicket(waiting, d, { at, outOfTurnInARow: streak }, p);
        assert.equal(
          chosen !== null,
          waiting.some((t) => mayCall(d, t)),
        );
      }),
    );
  });

  it('calls priority first unless the limit of out-of-turn calls is reached, and then a regular ticket', () => {
    fc.assert(
      fc.property(queues, desks, nows, streaks, policies, (waiting, d, at, streak, p) => {
        const chosen = chooseNextTicket(waiting, d, { at, outOfTurnInARow: streak }, p);
        const eligible = waiting.filter((t) => mayCall(d, t));
        const has = (c: string) => eligible.some((t) => classifyTicket(t, at, p) === c);
        if (!chosen) return;
        if (has('priority') && chosen.callClass !== 'priority') {
          assert.equal(chosen.callClass, 'regular');
          assert.ok(streak >= p.maxOutOfTurnInARow);
        }
        if (chosen.callClass === 'booked') assert.ok(!has('priority'));
        if (chosen.callClass === 'regular' && (has('priority') || has('booked'))) assert.ok(streak >= p.maxOutOfTurnInARow);
        if (has('regular') && streak >= p.maxOutOfTurnInARow) assert.equal(chosen.callClass, 'regular');
      }),
    );
  });

  it('calls tickets of one class in their order: regular and priority by arrival, booked by booking time', () => {
    fc.assert(
      fc.property(queues, desks, nows, streaks, policies, (waiting, d, at, streak, p) => {
        const chosen = chooseNextTicket(waiting, d, { at, outOfTurnInARow: streak }, p);
        if (!chosen) return;
        const same = waiting.filter((t) => mayCall(d, t) && classifyTicket(t, at, p) === chosen.callClass);
        for (const other of same) {
          if (chosen.callClass === 'booked') assert.ok(chosen.ticket.bookedFor!.getTime() <= other.bookedFor!.getTime());
          else assert.ok(isBefore(chosen.ticket, other) <= 0, `ticket ${other.id} waited longer than ${chosen.ticket.id}`);
        }
      }),
    );
  });

  it('is deterministic: the same tickets in any order give the same answer', () => {
    fc.assert(
      fc.property(queues, desks, nows, streaks, policies, fc.integer(), (waiting, d, at, streak, p, seed) => {
        const shuffled = [...waiting].sort((a, b) => ((a.id * 7919 + seed) % 101) - ((b.id * 7919 + seed) % 101));
        assert.deepEqual(
          chooseNextTicket(shuffled, d, { at, outOfTurnInARow: streak }, p),
          chooseNextTicket(waiting, d, { at, outOfTurnInARow: streak }, p),
        );
      }),
    );
  });

  // One desk calls again and again; between calls time passes, new tickets arrive (later than all before)
  // and other desks take tickets away. `bound(ahead, K)` is the number of calls the rule promises.
  function simulate(
    bound: (eligibleAhead: number, k: number) => number,
    isTarget: (t: WaitingTicket) => boolean,
    ahead: (t: WaitingTicket, target: WaitingTicket) => boolean,
  ) {
    const steps = fc.array(
      fc.record({
        arrivals: fc.array(ticketFields, { maxLength: 3 }),
        takenByOtherDesk: fc.option(fc.nat(), { nil: null }),
        minutesPassing: fc.integer({ min: 0, max: 10 }),
      }),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(queues, desks, streaks, policies, steps, (initial, d, streak, p, moves) => {
        const target = initial.find((t) => mayCall(d, t) && isTarget(t));
        if (!target) return;
        const promised = bound(initial.filter((t) => mayCall(d, t) && ahead(t, target)).length, p.maxOutOfTurnInARow);
        let waiting = [...initial];
        let outOfTurnInARow = streak;
        let now = 31; // every initial ticket has arrived (arrivals are minutes 0–30)
        let nextId = initial.length + 1;
        for (let call = 1; call <= promised; call += 1) {
          const move = moves[call - 1] ?? { arrivals: [], takenByOtherDesk: null, minutesPassing: 1 };
          const chosen = chooseNextTicket(waiting, d, { at: minute(now), outOfTurnInARow }, p);
          assert.ok(chosen, 'the target waits, so something is called');
          if (chosen.ticket === target) return;
          outOfTurnInARow = chosen.outOfTurnInARow;
          waiting = waiting.filter((t) => t !== chosen.ticket);
          if (move.takenByOtherDesk !== null) {
            const taken = waiting.filter((t) => t !== target)[move.takenByOtherDesk % Math.max(1, waiting.length)];
            waiting = waiting.filter((t) => t !== taken);
          }
          now += move.minutesPassing;
          for (const f of move.arrivals) waiting.push(toTicket({ ...f, arrival: 0 }, nextId++, now));
        }
        assert.fail(`ticket ${target.id} not called within ${promised} calls`);
      }),
    );
  }

  it('calls a regular ticket with r non-priority tickets ahead within (r+1)(K+1) calls of a desk serving it', () => {
    simulate(
      (r, k) => (r + 1) * (k + 1),
      (t) => !t.priority && t.bookedFor === null,
      (t, target) => !t.priority && isBefore(t, target) < 0,
    );
  });

  it('calls a priority ticket with p priority tickets ahead within 2(p+1) calls of a desk serving it', () => {
    simulate(
      (p) => 2 * (p + 1),
      (t) => t.priority,
      (t, target) => t.priority && isBefore(t, target) < 0,
    );
  });
});
