/**
 * The life of a ticket, as pure transitions: each takes the ticket, who acts and when, and answers the
 * ticket's next state or a typed error (the HTTP layer answers 409 with the error's message).
 *
 *   waiting ──call──▶ called ──start──▶ serving ──finish──▶ done (settled | needs_more_documents)
 *      ▲  └─cancel─▶ cancelled   │ └─recall (counted)   │
 *      │                         └─no-show (after N recalls)─▶ no_show
 *      └──── return to queue / transfer (from called or serving; keeps the original arrival time)
 *
 * A ticket may be transferred once. Transferring keeps the original arrival time, so the resident does not
 * queue again from the back; allowing chains would let a ticket be passed from desk to desk without end
 * while holding that place. A second transfer is refused with `already_transferred` (the issue's
 * "transferring twice" 409); the desk finishes the ticket and the Information Point helps further.
 */

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled';
export type TicketOutcome = 'settled' | 'needs_more_documents';

/**
 * The changing part of a ticket. Invariants (kept by every transition, checked by property tests):
 * `deskId` is set exactly when called or serving, and after a finish or no-show keeps the desk that served;
 * `outcome` is set exactly when done; `recalls` is 0 while waiting; `assignedDeskId` is set only while waiting.
 */
export interface TicketState {
  status: TicketStatus;
  serviceId: number;
  /** The desk that called it (and serves or served it). */
  deskId: number | null;
  /** When waiting after a transfer to a particular desk: only that desk may call it. */
  assignedDeskId: number | null;
  recalls: number;
  transfers: number;
  outcome: TicketOutcome | null;
  /** The original arrival: kept through transfers and returns, it is the ticket's place in the queue. */
  arrivedAt: Date;
  calledAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

/** Office settings for calling residents who do not come. */
export interface RecallPolicy {
  /** A no-show may be recorded once the ticket was recalled this many times. */
  recallsBeforeNoShow: number;
  /** No more recalls after this many: the clerk records a no-show (or the resident arrives). */
  maxRecalls: number;
}

export const DEFAULT_RECALL_POLICY: RecallPolicy = { recallsBeforeNoShow: 2, maxRecalls: 3 };

/** A desk as the state machine needs it: which services it serves. */
export interface DeskOfCall {
  id: number;
  serviceIds: readonly number[];
}

export type TicketError =
  | { code: 'invalid_transition'; from: TicketStatus }
  | { code: 'not_called_by_this_desk' }
  | { code: 'service_not_served_by_desk' }
  | { code: 'assigned_to_another_desk' }
  | { code: 'recall_limit_reached'; maxRecalls: number }
  | { code: 'too_few_recalls'; recallsBeforeNoShow: number }
  | { code: 'already_transferred' }
  | { code: 'transfer_to_same_queue' };

export type TicketResult = { ok: true; ticket: TicketState } | { ok: false; error: TicketError };

const ok = (ticket: TicketState): TicketResult => ({ ok: true, ticket });
const fail = (error: TicketError): TicketResult => ({ ok: false, error });

/**
 * A new ticket, waiting in its service's queue.
 * @example newTicket(3, new Date('2026-11-24T09:00:00Z')).status // 'waiting'
 */
export function newTicket(serviceId: number, arrivedAt: Date): TicketState {
  return {
    status: 'waiting',
    serviceId,
    deskId: null,
    assignedDeskId: null,
    recalls: 0,
    transfers: 0,
    outcome: null,
    arrivedAt,
    calledAt: null,
    startedAt: null,
    endedAt: null,
  };
}

/**
 * What the desk holding a ticket may do with it now: the same rules the transitions below apply, so that a
 * panel offers only actions that will be accepted (the desk itself is checked by the transition).
 * @example offeredActions(called, DEFAULT_RECALL_POLICY) // { recall: true, noShow: false, recallsToNoShow: 2, transfer: true }
 */
export function offeredActions(
  ticket: Pick<TicketState, 'status' | 'recalls' | 'transfers'>,
  policy: RecallPolicy,
): { recall: boolean; noShow: boolean; recallsToNoShow: number; transfer: boolean } {
  const called = ticket.status === 'called';
  return {
    recall: called && ticket.recalls < policy.maxRecalls,
    noShow: called && ticket.recalls >= policy.recallsBeforeNoShow,
    recallsToNoShow: Math.max(0, policy.recallsBeforeNoShow - ticket.recalls),
    transfer: (called || ticket.status === 'serving') && ticket.transfers === 0,
  };
}

/** Checks that the ticket is in one of `statuses` and that this desk is the one that called it. */
function guard(ticket: TicketState, statuses: readonly TicketStatus[], deskId: number): TicketError | null {
  if (!statuses.includes(ticket.status)) return { code: 'invalid_transition', from: ticket.status };
  if (ticket.deskId !== deskId) return { code: 'not_called_by_this_desk' };
  return null;
}

/**
 * A desk calls a waiting ticket (next in order or chosen by the clerk).
 * @example callTicket(newTicket(3, arrived), { id: 5, serviceIds: [3] }, at) // { ok: true, ticket: { status: 'called', deskId: 5, … } }
 */
export function callTicket(ticket: TicketState, desk: DeskOfCall, at: Date): TicketResult {
  if (ticket.status !== 'waiting') return fail({ code: 'invalid_transition', from: ticket.status });
  if (!desk.serviceIds.includes(ticket.serviceId)) return fail({ code: 'service_not_served_by_desk' });
  if (ticket.assignedDeskId !== null && ticket.assignedDeskId !== desk.id) return fail({ code: 'assigned_to_another_desk' });
  return ok({ ...ticket, status: 'called', deskId: desk.id, assignedDeskId: null, recalls: 0, calledAt: at });
}

/**
 * The desk calls its ticket again (the board repeats it); counted, up to the policy's maximum.
 * @example recallTicket(called, 5, DEFAULT_RECALL_POLICY, at) // { ok: true, ticket: { recalls: 1, … } }
 */
export function recallTicket(ticket: TicketState, deskId: number, policy: RecallPolicy, at: Date): TicketResult {
  const error = guard(ticket, ['called'], deskId);
  if (error) return fail(error);
  if (!offeredActions(ticket, policy).recall) return fail({ code: 'recall_limit_reached', maxRecalls: policy.maxRecalls });
  return ok({ ...ticket, recalls: ticket.recalls + 1, calledAt: at });
}

/**
 * The resident came to the desk: service starts.
 * @example startService(called, 5, at) // { ok: true, ticket: { status: 'serving', … } }
 */
export function startService(ticket: TicketState, deskId: number, at: Date): TicketResult {
  const error = guard(ticket, ['called'], deskId);
  if (error) return fail(error);
  return ok({ ...ticket, status: 'serving', startedAt: at });
}

/**
 * The desk finishes the ticket it serves, with the outcome.
 * @example finishService(serving, 5, 'settled', at) // { ok: true, ticket: { status: 'done', outcome: 'settled', … } }
 */
export function finishService(ticket: TicketState, deskId: number, outcome: TicketOutcome, at: Date): TicketResult {
  const error = guard(ticket, ['serving'], deskId);
  if (error) return fail(error);
  return ok({ ...ticket, status: 'done', outcome, endedAt: at });
}

/**
 * The resident did not come after the required recalls.
 * @example markNoShow(calledTwice, 5, DEFAULT_RECALL_POLICY, at) // { ok: true, ticket: { status: 'no_show', … } }
 */
export function markNoShow(ticket: TicketState, deskId: number, policy: RecallPolicy, at: Date): TicketResult {
  const error = guard(ticket, ['called'], deskId);
  if (error) return fail(error);
  if (!offeredActions(ticket, policy).noShow) return fail({ code: 'too_few_recalls', recallsBeforeNoShow: policy.recallsBeforeNoShow });
  return ok({ ...ticket, status: 'no_show', endedAt: at });
}

/**
 * A waiting ticket is withdrawn (by the resident on the follow page or by staff).
 * @example cancelTicket(waiting, at) // { ok: true, ticket: { status: 'cancelled', … } }
 */
export function cancelTicket(ticket: TicketState, at: Date): TicketResult {
  if (ticket.status !== 'waiting') return fail({ code: 'invalid_transition', from: ticket.status });
  // A ticket sent to a particular desk and then withdrawn no longer waits for that desk.
  return ok({ ...ticket, status: 'cancelled', assignedDeskId: null, endedAt: at });
}

/**
 * The desk puts its ticket back into the same queue (the resident fills in a form first); it keeps its
 * arrival time and so its place.
 * @example returnToQueue(called, 5) // { ok: true, ticket: { status: 'waiting', deskId: null, … } }
 */
export function returnToQueue(ticket: TicketState, deskId: number): TicketResult {
  const error = guard(ticket, ['called', 'serving'], deskId);
  if (error) return fail(error);
  return ok({ ...ticket, status: 'waiting', deskId: null, recalls: 0, calledAt: null, startedAt: null });
}

/**
 * The desk sends its ticket to another service's queue, or to a particular desk serving the target service,
 * keeping the original arrival time. Once per ticket (see the file's comment).
 * @example transferTicket(serving, 5, { serviceId: 7, desk: null }) // { ok: true, ticket: { status: 'waiting', serviceId: 7, transfers: 1, … } }
 */
export function transferTicket(ticket: TicketState, deskId: number, target: { serviceId: number; desk: DeskOfCall | null }): TicketResult {
  if (ticket.status === 'done' || ticket.status === 'no_show' || ticket.status === 'cancelled') {
    return fail({ code: 'invalid_transition', from: ticket.status });
  }
  if (ticket.transfers > 0) return fail({ code: 'already_transferred' });
  const error = guard(ticket, ['called', 'serving'], deskId);
  if (error) return fail(error);
  const targetDeskId = target.desk?.id ?? null;
  if (target.serviceId === ticket.serviceId && (targetDeskId === null || targetDeskId === deskId)) {
    return fail({ code: 'transfer_to_same_queue' });
  }
  if (target.desk && !target.desk.serviceIds.includes(target.serviceId)) return fail({ code: 'service_not_served_by_desk' });
  return ok({
    ...ticket,
    status: 'waiting',
    serviceId: target.serviceId,
    deskId: null,
    assignedDeskId: targetDeskId,
    recalls: 0,
    transfers: ticket.transfers + 1,
    calledAt: null,
    startedAt: null,
  });
}
