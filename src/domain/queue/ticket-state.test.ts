import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  callTicket,
  cancelTicket,
  finishService,
  markNoShow,
  newTicket,
  offeredActions,
  recallTicket,
  returnToQueue,
  startService,
  transferTicket,
  type RecallPolicy,
  type TicketResult,
  type TicketState,
} from './ticket-state.ts';

const arrived = new Date('2026-11-24T08:00:00Z');
const at = new Date('2026-11-24T08:30:00Z');
const desk5 = { id: 5, serviceIds: [1, 2] };
const desk6 = { id: 6, serviceIds: [1] };
const policy: RecallPolicy = { recallsBeforeNoShow: 2, maxRecalls: 3 };

function value(result: TicketResult): TicketState {
  if (!result.ok) assert.fail(`expected a ticket, got ${result.error.code}`);
  return result.ticket;
}
const called = (): TicketState => value(callTicket(newTicket(1, arrived), desk5, at));
const serving = (): TicketState => value(startService(called(), 5, at));

describe('ticket state machine', () => {
  it('takes a ticket from waiting through called and serving to done with its outcome and times', () => {
    const done = value(finishService(serving(), 5, 'needs_more_documents', new Date('2026-11-24T08:45:00Z')));
    assert.equal(done.status, 'done');
    assert.equal(done.outcome, 'needs_more_documents');
    assert.equal(done.deskId, 5);
    assert.deepEqual([done.calledAt, done.startedAt, done.endedAt?.toISOString()], [at, at, '2026-11-24T08:45:00.000Z']);
  });

  it('refuses to call a ticket of a service the desk does not serve', () => {
    assert.deepEqual(callTicket(newTicket(2, arrived), desk6, at), { ok: false, error: { code: 'service_not_served_by_desk' } });
  });

  it('refuses to call a ticket that is not waiting', () => {
    assert.deepEqual(callTicket(called(), desk6, at), { ok: false, error: { code: 'invalid_transition', from: 'called' } });
  });

  it('refuses a desk acting on a ticket another desk called', () => {
    for (const result of [
      recallTicket(called(), 6, policy, at),
      startService(called(), 6, at),
      finishService(serving(), 6, 'settled', at),
      markNoShow(called(), 6, policy, at),
      returnToQueue(serving(), 6),
      transferTicket(serving(), 6, { serviceId: 2, desk: null }),
    ]) {
      assert.deepEqual(result, { ok: false, error: { code: 'not_called_by_this_desk' } });
    }
  });

  it('refuses to finish a ticket that was called but not started', () => {
    assert.deepEqual(finishService(called(), 5, 'settled', at), { ok: false, error: { code: 'invalid_transition', from: 'called' } });
  });

  it('counts recalls and refuses more than the maximum', () => {
    let ticket = called();
    for (let i = 1; i <= 3; i += 1) {
      ticket = value(recallTicket(ticket, 5, policy, at));
      assert.equal(ticket.recalls, i);
    }
    assert.deepEqual(recallTicket(ticket, 5, policy, at), { ok: false, error: { code: 'recall_limit_reached', maxRecalls: 3 } });
  });

  it('allows a no-show only after the required recalls', () => {
    const once = value(recallTicket(called(), 5, policy, at));
    assert.deepEqual(markNoShow(once, 5, policy, at), { ok: false, error: { code: 'too_few_recalls', recallsBeforeNoShow: 2 } });
    const twice = value(recallTicket(once, 5, policy, at));
    assert.equal(value(markNoShow(twice, 5, policy, at)).status, 'no_show');
  });

  it('allows a no-show at once when the office requires no recalls', () => {
    assert.equal(value(markNoShow(called(), 5, { recallsBeforeNoShow: 0, maxRecalls: 0 }, at)).status, 'no_show');
  });

  it('cancels only a waiting ticket', () => {
    assert.equal(value(cancelTicket(newTicket(1, arrived), at)).status, 'cancelled');
    assert.deepEqual(cancelTicket(serving(), at), { ok: false, error: { code: 'invalid_transition', from: 'serving' } });
  });

  it('returns a ticket to its queue keeping its arrival time', () => {
    const back = value(returnToQueue(value(recallTicket(called(), 5, policy, at)), 5));
    assert.deepEqual(back, newTicket(1, arrived));
  });

  it('transfers to another service keeping the original arrival time', () => {
    const moved = value(transferTicket(serving(), 5, { serviceId: 2, desk: null }));
    assert.equal(moved.status, 'waiting');
    assert.equal(moved.serviceId, 2);
    assert.equal(moved.arrivedAt, arrived);
    assert.equal(moved.transfers, 1);
  });

  it('transfers to a particular desk, which alone may then call it', () => {
    const moved = value(transferTicket(called(), 5, { serviceId: 1, desk: desk6 }));
    assert.equal(moved.assignedDeskId, 6);
    assert.deepEqual(callTicket(moved, desk5, at), { ok: false, error: { code: 'assigned_to_another_desk' } });
    assert.equal(value(callTicket(moved, desk6, at)).assignedDeskId, null);
  });

  it('refuses a transfer to a desk that does not serve the target service', () => {
    assert.deepEqual(transferTicket(called(), 5, { serviceId: 2, desk: desk6 }), {
      ok: false,
      error: { code: 'service_not_served_by_desk' },
    });
  });

  it('refuses a transfer back into the same queue', () => {
    assert.deepEqual(transferTicket(called(), 5, { serviceId: 1, desk: null }), { ok: false, error: { code: 'transfer_to_same_queue' } });
    assert.deepEqual(transferTicket(called(), 5, { serviceId: 1, desk: desk5 }), { ok: false, error: { code: 'transfer_to_same_queue' } });
  });

  it('refuses transferring twice, also when the second desk tries after calling it', () => {
    const moved = value(transferTicket(serving(), 5, { serviceId: 2, desk: null }));
    assert.deepEqual(transferTicket(moved, 5, { serviceId: 1, desk: null }), { ok: false, error: { code: 'already_transferred' } });
    const calledAgain = value(callTicket(moved, desk5, at));
    assert.deepEqual(transferTicket(calledAgain, 5, { serviceId: 1, desk: null }), { ok: false, error: { code: 'already_transferred' } });
  });

  it('keeps its invariants through any sequence of actions by any desks (property)', () => {
    const desks = [desk5, desk6, { id: 7, serviceIds: [2, 3] }];
    const action = fc.record({
      kind: fc.constantFrom('call', 'recall', 'start', 'finish', 'noShow', 'cancel', 'return', 'transfer'),
      desk: fc.constantFrom(...desks),
      targetService: fc.constantFrom(1, 2, 3),
      targetDesk: fc.option(fc.constantFrom(...desks), { nil: null }),
      outcome: fc.constantFrom('settled' as const, 'needs_more_documents' as const),
    });
    const policies = fc
      .integer({ min: 0, max: 4 })
      .chain((before) => fc.integer({ min: before, max: 5 }).map((max) => ({ recallsBeforeNoShow: before, maxRecalls: max })));
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), policies, (actions, recallPolicy) => {
        let ticket = newTicket(1, arrived);
        for (const a of actions) {
          const before = ticket;
          const result = {
            call: () => callTicket(ticket, a.desk, at),
            recall: () => recallTicket(ticket, a.desk.id, recallPolicy, at),
            start: () => startService(ticket, a.desk.id, at),
            finish: () => finishService(ticket, a.desk.id, a.outcome, at),
            noShow: () => markNoShow(ticket, a.desk.id, recallPolicy, at),
            cancel: () => cancelTicket(ticket, at),
            return: () => returnToQueue(ticket, a.desk.id),
            transfer: () => transferTicket(ticket, a.desk.id, { serviceId: a.targetService, desk: a.targetDesk }),
          }[a.kind]();
          if (!result.ok) continue;
          ticket = result.ticket;
          const ended = ['done', 'no_show', 'cancelled'].includes(before.status);
          assert.ok(!ended, `a ${before.status} ticket changed by ${a.kind}`);
          assert.equal(ticket.arrivedAt, arrived);
          assert.ok(ticket.transfers <= 1);
          assert.ok(ticket.recalls <= recallPolicy.maxRecalls);
          assert.equal(ticket.outcome !== null, ticket.status === 'done');
          if (ticket.status === 'called' || ticket.status === 'serving') assert.equal(ticket.deskId, a.desk.id);
          if (ticket.status === 'waiting') assert.deepEqual([ticket.deskId, ticket.recalls], [null, 0]);
          if (ticket.status !== 'waiting') assert.equal(ticket.assignedDeskId, null);
          if (ticket.status === 'called' || ticket.status === 'serving') {
            assert.ok(
              desks.find((d) => d.id === ticket.deskId)!.serviceIds.includes(ticket.serviceId),
              'served by a desk of another service',
            );
          }
        }
      }),
    );
  });

  it('offers the holding desk exactly the recall, no-show and transfer its transitions accept (property)', () => {
    const policies = fc
      .integer({ min: 0, max: 4 })
      .chain((before) => fc.integer({ min: before, max: 5 }).map((max) => ({ recallsBeforeNoShow: before, maxRecalls: max })));
    const steps = fc.array(fc.constantFrom('recall', 'start', 'transfer', 'call'), { maxLength: 8 });
    fc.assert(
      fc.property(steps, policies, (kinds, recallPolicy) => {
        let ticket = called();
        for (const kind of kinds) {
          const offered = offeredActions(ticket, recallPolicy);
          assert.equal(recallTicket(ticket, 5, recallPolicy, at).ok, offered.recall);
          assert.equal(markNoShow(ticket, 5, recallPolicy, at).ok, offered.noShow);
          assert.equal(transferTicket(ticket, 5, { serviceId: 2, desk: null }).ok, offered.transfer);
          if (ticket.status === 'called') assert.equal(offered.recallsToNoShow === 0, offered.noShow);
          const next = {
            recall: () => recallTicket(ticket, 5, recallPolicy, at),
            start: () => startService(ticket, 5, at),
            transfer: () => transferTicket(ticket, 5, { serviceId: 2, desk: null }),
            call: () => callTicket(ticket, desk5, at),
          }[kind]();
          if (next.ok) ticket = next.ticket;
        }
      }),
    );
  });
});
