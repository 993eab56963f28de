import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../../domain/shared/errors.ts';
import type { QueueEvent, QueueEventFeed } from '../../../app/queue/index.ts';

// Below the idle timeouts of common proxies (60 s), so a quiet stream is not cut.
export const HEARTBEAT_MS = 15_000;

/**
 * Bytes a stream may leave unsent (a client that stopped reading, a stuck network) before it is ended: without
 * a bound the node would buffer every later event for it. A replay (at most 1,000 events) fits well inside;
 * the client reconnects with Last-Event-ID and misses nothing.
 */
export const MAX_UNSENT_BYTES = 1024 * 1024;

export interface EventStream {
  send(id: string | null, event: string, data: unknown): void;
  /** Writes a frame made by `sseFrame` (one text shared by every stream that sends the same event). */
  sendFrame(frame: string): void;
  readonly closed: boolean;
}

/**
 * One Server-Sent Events frame.
 * @example sseFrame('42', 'queue', { kind: 'ticket.called' }) // 'id: 42\nevent: queue\ndata: {"kind":"ticket.called"}\n\n'
 */
export function sseFrame(id: string | null, event: string, data: unknown): string {
  return `${id === null ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The event id a reconnecting client last saw: the `Last-Event-ID` header, or `?od=` for a first connect after a snapshot. */
export function lastEventIdOf(request: FastifyRequest): string | null {
  const header = request.headers['last-event-id'];
  const query = (request.query as Record<string, unknown> | undefined)?.od;
  const raw = typeof header === 'string' ? header : typeof query === 'string' ? query : null;
  return raw !== null && /^\d{1,18}$/.test(raw) ? raw : null;
}

/** The process's live event feed, or a 503 when this server runs without one. */
export function hubOf(request: FastifyRequest): QueueEventFeed {
  const hub = request.server.deps.queueEvents;
  if (!hub) throw new DomainError('unavailable', 'errors.unavailable');
  return hub;
}

/** A device's stream ends when the device is revoked: at once when the feed says so, or when the feed comes back after missing news. */
export interface StreamDevice {
  id: number;
  /** Asked with every keep-alive line and when the feed's connection came back (its word may have been lost). */
  isActive: () => Promise<boolean>;
}

/**
 * A stream's refresh that runs one at a time: calls while it runs only make it run once more afterwards,
 * with the latest argument (a burst of events costs two runs, not one per event). A failed run is logged.
 * @example const refresh = coalesced(request, async (id: string) => stream.send(id, 'status', await read())); refresh(event.id);
 */
export function coalesced<A>(request: FastifyRequest, task: (arg: A) => Promise<void>): (arg: A) => void {
  let running = false;
  let queued: { arg: A } | null = null;
  const run = async (arg: A): Promise<void> => {
    running = true;
    try {
      let current: { arg: A } | null = { arg };
      while (current) {
        queued = null;
        await task(current.arg);
        current = queued;
      }
    } catch (error) {
      request.log.warn({ err: error }, 'event stream refresh failed');
    } finally {
      running = false;
    }
  };
  return (arg) => {
    if (running) queued = { arg };
    else void run(arg);
  };
}

// Event streams open in this process, by route: what the metrics call SSE clients.
const openStreams = new Map<string, number>();

/**
 * How many event streams this process holds open now, by route (boards, desk panels, follow pages…).
 * @example openStreamCounts().get('/api/kolejka/zdarzenia') // 12
 */
export function openStreamCounts(): ReadonlyMap<string, number> {
  return openStreams;
}

/**
 * Turns the reply into a Server-Sent Events stream: live events are buffered while `replay` runs (so none
 * falls between the replay and the live feed), then delivered through `onEvent`; a comment line every 15 s
 * keeps the connection open. Ends when the client goes, or, for a device's stream, when the device is
 * revoked (with a last `revoked` event, so its page stops reconnecting).
 * @example openEventStream(request, reply, hub, { replay: async (s) => …, onEvent: (s, e) => s.send(e.id, 'queue', e) });
 */
export async function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  hub: QueueEventFeed,
  handlers: {
    replay: (stream: EventStream) => Promise<Set<string>>;
    onEvent: (stream: EventStream, event: QueueEvent) => void;
    /** Only this office's events reach `onEvent` (a board's stream); every event when absent. */
    officeId?: number;
    device?: StreamDevice;
    /** Runs once the replay is sent (more news for the stream, e.g. announcements); returns what ends it. */
    afterReplay?: (stream: EventStream) => () => void;
  },
): Promise<void> {
  const raw = reply.raw;
  let closed = false;
  // Every write goes through here, so no stream holds more than MAX_UNSENT_BYTES of this process's memory.
  const write = (text: string) => {
    if (closed) return;
    raw.write(text);
    if (raw.writableLength <= MAX_UNSENT_BYTES) return;
    request.log.warn({ unsent: raw.writableLength }, 'event stream ended: its client does not read');
    finish();
    raw.destroy();
  };
  const stream: EventStream = {
    send(id, event, data) {
      write(sseFrame(id, event, data));
    },
    sendFrame(frame) {
      write(frame);
    },
    get closed() {
      return closed;
    },
  };
  let buffer: QueueEvent[] | null = [];
  const unsubscribe = hub.subscribe((event) => {
    if (buffer) buffer.push(event);
    else handlers.onEvent(stream, event);
  }, handlers.officeId);
  const { device } = handlers;
  const revoke = () => {
    if (closed) return;
    write(sseFrame(null, 'revoked', {}));
    finish();
    raw.end();
  };
  let checking = false;
  const check = () => {
    if (!device || checking || closed) return;
    checking = true;
    device
      .isActive()
      .then((active) => active || revoke())
      .catch(() => undefined)
      .finally(() => (checking = false));
  };
  const unsubscribeRevocations = device
    ? hub.subscribeRevocations((id) => (id === null ? check() : id === device.id && revoke()))
    : () => undefined;
  const heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS);
  const route = request.routeOptions.url ?? 'unknown';
  openStreams.set(route, (openStreams.get(route) ?? 0) + 1);
  let unsubscribeMore = () => {};
  const finish = () => {
    if (closed) return;
    closed = true;
    openStreams.set(route, (openStreams.get(route) ?? 1) - 1);
    clearInterval(heartbeat);
    unsubscribe();
    unsubscribeRevocations();
    unsubscribeMore();
  };
  request.raw.on('close', finish);
  reply.hijack();
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  write('retry: 3000\n\n');
  try {
    const replayed = await handlers.replay(stream);
    const waiting = buffer;
    buffer = null;
    for (const event of waiting) if (!replayed.has(event.id)) handlers.onEvent(stream, event);
    if (handlers.afterReplay && !closed) unsubscribeMore = handlers.afterReplay(stream);
    // Revoked between its sign-in and the subscription above: the feed's word came too early for this stream.
    if (device && !(await device.isActive())) revoke();
  } catch (error) {
    request.log.warn({ err: error }, 'event stream replay failed');
    finish();
    raw.end();
  }
}
