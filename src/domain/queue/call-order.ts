import type { DeskOfCall } from './ticket-state.ts';
import { MINUTE } from '../shared/time.ts';

/** A waiting ticket as the call order needs it. */
export interface WaitingTicket {
  id: number;
  serviceId: number;
  /** The original arrival time (kept through transfers): the ticket's place in the queue. */
  arrivedAt: Date;
  /** Issued for a person with special needs (seed 7.1: served out of turn). */
  priority: boolean;
  /** The time of the booked visit the ticket was issued for, if any. */
  bookedFor: Date | null;
  /** Set after a transfer to a particular desk: only that desk calls it. */
  assignedDeskId: number | null;
}

/** Office settings for the order of calls. */
export interface CallPolicy {
  /** A booked visit is called out of turn from this many minutes before its time … */
  bookingMinutesBefore: number;
  /** … to this many after; outside that window its ticket queues by arrival like any other. */
  bookingMinutesAfter: number;
  /** At most this many priority or booked calls in a row by one desk while regular tickets wait (1 or more). */
  maxOutOfTurnInARow: number;
}

export const DEFAULT_CALL_POLICY: CallPolicy = { bookingMinutesBefore: 10, bookingMinutesAfter: 15, maxOutOfTurnInARow: 3 };

/** Why a ticket was chosen: its class at the moment of the call. */
export type CallClass = 'priority' | 'booked' | 'regular';

export interface NextCall {
  ticket: WaitingTicket;
  callClass: CallClass;
  /** The desk's new count of out-of-turn calls in a row while regular tickets waited: store it for the next call. */
  outOfTurnInARow: number;
}

/**
 * The class of a waiting ticket at an instant: priority, a booked visit due now, or regular.
 * @example classifyTicket({ …, priority: false, bookedFor: tenOClock }, nineFiftyFive, DEFAULT_CALL_POLICY) // 'booked'
 */
export function classifyTicket(ticket: WaitingTicket, at: Date, policy: CallPolicy): CallClass {
  if (ticket.priority) return 'priority';
  if (ticket.bookedFor !== null) {
    const from = ticket.bookedFor.getTime() - policy.bookingMinutesBefore * MINUTE;
    const to = ticket.bookedFor.getTime() + policy.bookingMinutesAfter * MINUTE;
    if (from <= at.getTime() && at.getTime() <= to) return 'booked';
  }
  return 'regular';
}

/**
 * Whether a desk may call a waiting ticket at all: a service it serves, and not sent to another desk.
 * @example mayCall({ id: 5, serviceIds: [1] }, ticketOfService1) // true
 */
export function mayCall(desk: DeskOfCall, ticket: WaitingTicket): boolean {
  return desk.serviceIds.includes(ticket.serviceId) && (ticket.assignedDeskId === null || ticket.assignedDeskId === desk.id);
}

const byArrival = (a: WaitingTicket, b: WaitingTicket): number => a.arrivedAt.getTime() - b.arrivedAt.getTime() || a.id - b.id;
const byBooking = (a: WaitingTicket, b: WaitingTicket): number => a.bookedFor!.getTime() - b.bookedFor!.getTime() || byArrival(a, b);

function first(tickets: WaitingTicket[], order: (a: WaitingTicket, b: WaitingTicket) => number): WaitingTicket | undefined {
  return tickets.reduce<WaitingTicket | undefined>((best, t) => (best === undefined || order(t, best) < 0 ? t : best), undefined);
}

/**
 * Chooses the ticket a desk calls next: priority tickets first (by arrival), then booked visits due now
 * (by booking time), then the longest-waiting regular ticket (by original arrival). Anti-starvation: after
 * `maxOutOfTurnInARow` (K) priority or booked calls in a row while regular tickets waited, the desk calls
 * one regular ticket. Bounds this gives (proven by the property tests), for one desk's consecutive calls,
 * with new tickets arriving later than those waiting:
 * - while a regular ticket waits, at least one of every K+1 calls is regular; so a regular ticket with
 *   r eligible non-priority tickets ahead of it by arrival is called within (r+1)(K+1) calls;
 * - while a priority ticket waits, at least one of every 2 calls is priority; so one with p priority
 *   tickets ahead is called within 2(p+1) calls.
 * Ties break by ticket id, so the answer depends on nothing but the input. Null when no ticket can be called.
 * @example
 * chooseNextTicket(waiting, { id: 5, serviceIds: [1, 2] }, { at, outOfTurnInARow: 0 }, DEFAULT_CALL_POLICY)
 * // { ticket: { id: 17, priority: true, … }, callClass: 'priority', outOfTurnInARow: 1 }
 */
export function chooseNextTicket(
  waiting: readonly WaitingTicket[],
  desk: DeskOfCall,
  context: { at: Date; outOfTurnInARow: number },
  policy: CallPolicy,
): NextCall | null {
  if (!Number.isInteger(policy.maxOutOfTurnInARow) || policy.maxOutOfTurnInARow < 1) {
    // With 0, priority tickets would wait for as long as regular ones keep coming.
    throw new RangeError('maxOutOfTurnInARow must be a whole number of 1 or more');
  }
  const classes: Record<CallClass, WaitingTicket[]> = { priority: [], booked: [], regular: [] };
  for (const ticket of waiting) {
    if (mayCall(desk, ticket)) classes[classifyTicket(ticket, context.at, policy)].push(ticket);
  }
  const regular = first(classes.regular, byArrival);
  const outOfTurn = (ticket: WaitingTicket, callClass: CallClass): NextCall => ({
    ticket,
    callClass,
    outOfTurnInARow: regular ? context.outOfTurnInARow + 1 : 0,
  });

  if (regular && context.outOfTurnInARow >= policy.maxOutOfTurnInARow) return { ticket: regular, callClass: 'regular', outOfTurnInARow: 0 };
  const priority = first(classes.priority, byArrival);
  if (priority) return outOfTurn(priority, 'priority');
  const booked = first(classes.booked, byBooking);
  if (booked) return outOfTurn(booked, 'booked');
  return regular ? { ticket: regular, callClass: 'regular', outOfTurnInARow: 0 } : null;
}
