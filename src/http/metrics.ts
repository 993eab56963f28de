import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OperationsFigures } from '../app/system/index.ts';

// The booking steps whose answers the metrics count as attempts: the resident's final step online and the
// Information Point's booking by phone. Their status says how each ended.
const BOOKING_ROUTES: Record<string, string> = {
  'POST /rezerwacja/zarezerwuj': 'online',
  'POST /punkt-informacyjny/rezerwacja': 'phone',
};

/** How a booking attempt ended, from its answer's status: booked (a redirect to the booking), taken, refused, failed. */
function bookingOutcome(status: number): string {
  if (status < 400) return 'booked';
  if (status === 409) return 'taken';
  if (status < 500) return 'refused';
  return 'failed';
}

/**
 * The process's Prometheus metrics (`prom-client`): its own registry, so several servers in one process (tests)
 * keep theirs apart. Request latency per route is observed by a hook on every answer; the figures read from the
 * database (queues, outbox, devices) and the pool's and streams' state are set when `/metrics` is scraped.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'okienko_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly bookings = new Counter({
    name: 'okienko_booking_attempts_total',
    help: 'Booking attempts answered by this process, by channel (online, phone) and outcome (booked, taken, refused, failed).',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly waiting = new Gauge({
    name: 'okienko_tickets_waiting',
    help: 'People waiting now, by service letter (read from the database: the same on every node).',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });
  private readonly issued = new Gauge({
    name: 'okienko_tickets_issued_today',
    help: 'Tickets issued today, by service letter (from the database; starts again at 0 each day).',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });
  private readonly called = new Gauge({
    name: 'okienko_tickets_called_today',
    help: 'Tickets called to a desk today, by service letter (from the database; starts again at 0 each day).',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });
  private readonly streams = new Gauge({
    name: 'okienko_sse_clients',
    help: 'Server-Sent Events streams this process holds open, by route (boards, desk panels, follow pages).',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });
  private readonly pool = new Gauge({
    name: 'okienko_db_pool_connections',
    help: 'Database connections of this process: open (total), idle, and callers waiting for one (waiting).',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  private readonly outboxPending = new Gauge({
    name: 'okienko_mail_outbox_pending',
    help: 'Mails due and not yet sent (from the database).',
    registers: [this.registry],
  });
  private readonly outboxOldest = new Gauge({
    name: 'okienko_mail_outbox_oldest_due_seconds',
    help: 'How long the oldest unsent mail has been due, in seconds (0 when none).',
    registers: [this.registry],
  });
  private readonly devices = new Gauge({
    name: 'okienko_devices',
    help: 'Registered devices by kind, the health they last reported and whether they were heard from lately.',
    labelNames: ['kind', 'health', 'connected'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one answered request (the route's pattern, never its address: ids would make series without end). */
  observe(request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions.url ?? 'unmatched';
    const status = reply.statusCode;
    this.requests.observe({ method: request.method, route, status: String(status) }, reply.elapsedTime / 1000);
    const channel = BOOKING_ROUTES[`${request.method} ${route}`];
    if (channel) this.bookings.inc({ channel, outcome: bookingOutcome(status) });
  }

  /** Sets the figures of one scrape, dropping label sets that no longer exist (a removed service, say). */
  setFigures(figures: OperationsFigures, streams: ReadonlyMap<string, number>): void {
    for (const gauge of [this.waiting, this.issued, this.called, this.devices, this.streams, this.pool]) gauge.reset();
    for (const s of figures.services) {
      this.waiting.set({ service: s.letter }, s.waiting);
      this.issued.set({ service: s.letter }, s.issuedToday);
      this.called.set({ service: s.letter }, s.calledToday);
    }
    this.outboxPending.set(figures.outbox.pending);
    this.outboxOldest.set(figures.outbox.oldestDueSeconds);
    for (const d of figures.devices) this.devices.set({ kind: d.kind, health: d.health, connected: String(d.connected) }, d.count);
    for (const [route, count] of streams) this.streams.set({ route }, count);
    const { pool } = figures;
    if (pool) {
      this.pool.set({ state: 'total' }, pool.total);
      this.pool.set({ state: 'idle' }, pool.idle);
      this.pool.set({ state: 'waiting' }, pool.waiting);
    }
  }
}

/**
 * Gives the server its metrics and observes every answer. Registered on the root before the areas, so the
 * hook sees every route.
 */
export function registerMetrics(app: FastifyInstance): void {
  const metrics = new ServerMetrics();
  app.decorate('metrics', metrics);
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observe(request, reply);
    done();
  });
}
