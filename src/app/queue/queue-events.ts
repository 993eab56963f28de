import type { UseCaseDeps } from '../shared/deps.ts';
import { queueEventOf, type QueueEvent } from '../../storage/queue-events.ts';
import { queueEventsAfter } from '../../storage/queue-repository.ts';

export type { QueueEvent } from '../../storage/queue-events.ts';

/**
 * The live feed of committed queue events that the event streams follow (a port: the process's
 * `QueueEventHub` of storage implements it over LISTEN/NOTIFY). What a stream missed is read with
 * `officeEventsAfter` / `ticketEventsAfter`, not asked of the feed.
 * @example const stop = feed.subscribe((event) => stream.send(event.id, 'queue', event));
 */
export interface QueueEventFeed {
  /**
   * Adds a subscriber, told every event or, with `officeId`, only that office's; returns the function that
   * removes it.
   */
  subscribe(subscriber: (event: QueueEvent) => void, officeId?: number): () => void;
  /**
   * Adds a subscriber told the id of each device revoked from now on (its streams end), or null when such news
   * may have been lost (the feed's connection came back): each stream then checks its device. Returns the
   * function that removes it.
   */
  subscribeRevocations(subscriber: (deviceId: number | null) => void): () => void;
  /**
   * Adds a subscriber told the office whose announcements changed (committed), or null when such news may have
   * been lost (the feed's connection came back): each stream then reads its announcements again.
   */
  subscribeAnnouncements(subscriber: (officeId: number | null) => void): () => void;
  /**
   * Adds a subscriber told when a problem report, or anything Open311's list of them shows, changed (committed,
   * on any process), and when such news may have been lost (the feed's connection came back).
   */
  subscribeReports(subscriber: () => void): () => void;
  readonly subscriberCount: number;
}

// Events of other modules that share the feed (the Information Point's ground-floor requests and interpreter): no
// ticket moved, so boards, follow pages and waiting counts leave them alone.
const NOT_QUEUE_MOVES = ['ground_floor.', 'interpreter.'];

/**
 * True for an event of the queue itself (a ticket or a desk changed), false for another module's event on the feed.
 * @example isQueueMove('ticket.called') // true; isQueueMove('ground_floor.registered') // false
 */
export function isQueueMove(kind: string): boolean {
  return !NOT_QUEUE_MOVES.some((prefix) => kind.startsWith(prefix));
}

// A board that was away longer than this many events starts again from its snapshot.
const OFFICE_REPLAY = 1000;

/**
 * The acting device's office events after an id, oldest first (a board reconnecting with Last-Event-ID).
 * @example for (const event of await officeEventsAfter(deps, '41')) stream.send(event.id, 'queue', event);
 */
export async function officeEventsAfter(deps: Pick<UseCaseDeps, 'db' | 'actor'>, afterId: string): Promise<QueueEvent[]> {
  const rows = await queueEventsAfter(deps.db, deps.actor.officeId, afterId, OFFICE_REPLAY);
  return rows.map(queueEventOf).filter((event) => isQueueMove(event.kind));
}

/**
 * One ticket's own events after an id, oldest first (its follow page reconnecting with Last-Event-ID).
 * @example await ticketEventsAfter(deps, 12, '41') // [{ id: '42', kind: 'ticket.called', … }]
 */
export async function ticketEventsAfter(deps: Pick<UseCaseDeps, 'db'>, ticketId: number, afterId: string): Promise<QueueEvent[]> {
  const rows = await deps.db
    .selectFrom('queue_event')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .where('id', '>', afterId)
    .orderBy('id')
    .execute();
  return rows.map(queueEventOf);
}

/**
 * Whether an event may change what a ticket's follower is told: the ticket's own events, any event of its
 * service's queue (a ticket issued, called or transferred from it), and a desk opening, pausing or closing.
 * @example affectsTicket(event, { ticketId: 12, serviceId: 3 }) // true for 'desk.opened'
 */
export function affectsTicket(event: QueueEvent, ticket: { ticketId: number; serviceId: number }): boolean {
  return (
    isQueueMove(event.kind) &&
    (event.ticketId === ticket.ticketId ||
      event.payload.serviceId === ticket.serviceId ||
      event.payload.fromServiceId === ticket.serviceId ||
      event.kind.startsWith('desk.'))
  );
}
