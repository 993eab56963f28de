import pg from 'pg';
import type { Db } from './database.ts';
import { QUEUE_CHANNEL, queueEventsById, type NewQueueEvent, type QueueEventPayload, type QueueEventRow } from './queue-repository.ts';
import { DEVICE_CHANNEL } from './device-notices.ts';

/** A committed queue event as subscribers receive it. */
export interface QueueEvent extends NewQueueEvent {
  id: string;
}

export type QueueEventSubscriber = (event: QueueEvent) => void;
/** Told a revoked device's id, or null when news may have been lost (the connection dropped): check yourself. */
export type RevocationSubscriber = (deviceId: number | null) => void;
/** Told the office whose announcements changed, or null when news may have been lost: read them again. */
export type AnnouncementSubscriber = (officeId: number | null) => void;

/** The channel of the announcement table's trigger (migration 202612040300); the payload is the office's id. */
export const ANNOUNCEMENT_CHANNEL = 'okienko_announcements';
/** The channel of the problem reports' statement triggers (migration 202612060300); no payload. */
export const REPORT_CHANNEL = 'okienko_reports';
/** Told that some problem report (or what its public list shows) changed, or that such news may have been lost. */
export type ReportSubscriber = () => void;

/**
 * A stored event as subscribers receive it.
 * @example queueEventOf(row).payload.number // 'A012'
 */
export function queueEventOf(row: QueueEventRow): QueueEvent {
  return {
    id: row.id,
    officeId: row.office_id,
    at: row.at,
    kind: row.kind,
    ticketId: row.ticket_id,
    deskId: row.desk_id,
    payload: row.payload as QueueEventPayload,
  };
}

/** A notification: the event itself when the notifying statement sent it whole, else only its id. */
interface Notice {
  id: string;
  event: QueueEvent | null;
}

interface NotifiedEvent {
  id: string;
  office_id: number;
  at: string;
  kind: string;
  ticket_id: number | null;
  desk_id: number | null;
  payload: QueueEventPayload;
}

/**
 * Reads a notification's payload: a JSON event (see `commitTicketChange`) or a bare event id.
 * @example noticeOf('42') // { id: '42', event: null }
 */
export function noticeOf(payload: string): Notice {
  if (!payload.startsWith('{')) return { id: payload, event: null };
  const e = JSON.parse(payload) as NotifiedEvent;
  return {
    id: e.id,
    event: {
      id: e.id,
      officeId: e.office_id,
      at: new Date(e.at),
      kind: e.kind,
      ticketId: e.ticket_id,
      deskId: e.desk_id,
      payload: e.payload,
    },
  };
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;
// Ids already delivered, so a catch-up after a reconnect does not repeat them; more than a busy minute's events.
const REMEMBERED = 5_000;

/**
 * One LISTEN connection per process, fanning committed queue events out to in-process subscribers (SSE
 * streams), and telling them of revoked devices (whose streams then end). Every app process on the
 * database has its own, so each delivers every event. The connection
 * is re-opened with growing pauses when it drops; on reconnect the events committed meanwhile are read
 * from `queue_event` and delivered.
 * @example const hub = new QueueEventHub(connectionString, db); await hub.start(); const stop = hub.subscribe((e) => send(e));
 */
export class QueueEventHub {
  private client: pg.Client | null = null;
  private readonly subscribers = new Set<QueueEventSubscriber>();
  // By office: an event is handed only to its office's streams, not to each of a region's thousand boards to
  // look at (about 5% of a node's busy time under `npm run bench region` when every stream looked).
  private readonly officeSubscribers = new Map<number, Set<QueueEventSubscriber>>();
  private readonly revocationSubscribers = new Set<RevocationSubscriber>();
  private readonly announcementSubscribers = new Set<AnnouncementSubscriber>();
  private readonly reportSubscribers = new Set<ReportSubscriber>();
  private pending: Notice[] = [];
  private flushing = false;
  private readonly delivered = new Set<string>();
  private lastId = '0';
  private closed = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly connectionString: string;
  private readonly db: Db;

  constructor(connectionString: string, db: Db) {
    this.connectionString = connectionString;
    this.db = db;
  }

  /** Connects and listens; resolves once listening (or after the first failure, retrying in the background). */
  async start(): Promise<void> {
    const last = await this.db
      .selectFrom('queue_event')
      .select('id')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
      .catch(() => undefined);
    this.lastId = last?.id ?? '0';
    await this.connect();
  }

  /** Adds a subscriber, told every event or, with `officeId`, only that office's; returns the function that removes it. */
  subscribe(subscriber: QueueEventSubscriber, officeId?: number): () => void {
    if (officeId === undefined) {
      this.subscribers.add(subscriber);
      return () => this.subscribers.delete(subscriber);
    }
    let office = this.officeSubscribers.get(officeId);
    if (!office) this.officeSubscribers.set(officeId, (office = new Set()));
    const set = office;
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0 && this.officeSubscribers.get(officeId) === set) this.officeSubscribers.delete(officeId);
    };
  }

  /**
   * Adds a subscriber told the id of each device revoked from now on, and null after the connection came back
   * (a revocation meanwhile was not heard); returns the function that removes it.
   */
  subscribeRevocations(subscriber: RevocationSubscriber): () => void {
    this.revocationSubscribers.add(subscriber);
    return () => this.revocationSubscribers.delete(subscriber);
  }

  /** Adds a subscriber told the office whose announcements changed, and null after the connection came back. */
  subscribeAnnouncements(subscriber: AnnouncementSubscriber): () => void {
    this.announcementSubscribers.add(subscriber);
    return () => this.announcementSubscribers.delete(subscriber);
  }

  /**
   * Adds a subscriber told when a problem report changed (committed, on any process), and after the connection
   * came back (a change meanwhile was not heard); returns the function that removes it.
   */
  subscribeReports(subscriber: ReportSubscriber): () => void {
    this.reportSubscribers.add(subscriber);
    return () => this.reportSubscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    let count = this.subscribers.size;
    for (const office of this.officeSubscribers.values()) count += office.size;
    return count;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'okienko-listen' });
    client.on('error', () => this.reconnectLater(client));
    client.on('end', () => this.reconnectLater(client));
    client.on('notification', (message) => {
      if (message.channel === QUEUE_CHANNEL && message.payload) this.enqueue([noticeOf(message.payload)]);
      else if (message.channel === DEVICE_CHANNEL && message.payload) this.revoked(Number(message.payload));
      else if (message.channel === ANNOUNCEMENT_CHANNEL && message.payload) this.announcementsChanged(Number(message.payload));
      else if (message.channel === REPORT_CHANNEL) this.reportsChanged();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${QUEUE_CHANNEL}; LISTEN ${DEVICE_CHANNEL}; LISTEN ${ANNOUNCEMENT_CHANNEL}; LISTEN ${REPORT_CHANNEL}`);
      if (this.closed) {
        await client.end();
        return;
      }
      const reconnected = this.client === null && this.retryMs > FIRST_RETRY_MS;
      this.client = client;
      this.retryMs = FIRST_RETRY_MS;
      if (reconnected) {
        this.revoked(null);
        this.announcementsChanged(null);
        this.reportsChanged();
        await this.catchUp();
      }
    } catch {
      this.reconnectLater(client);
    }
  }

  private reconnectLater(client: pg.Client): void {
    if (this.closed || (this.client !== null && this.client !== client) || this.retryTimer) return;
    this.client = null;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, wait);
    this.retryTimer.unref();
  }

  /** Events committed while the connection was down, by id after the last one delivered. */
  private async catchUp(): Promise<void> {
    const rows = await this.db
      .selectFrom('queue_event')
      .select('id')
      .where('id', '>', this.lastId)
      .orderBy('id')
      .limit(10_000)
      .execute()
      .catch(() => []);
    this.enqueue(rows.map((r) => ({ id: r.id, event: null })));
  }

  private enqueue(notices: Notice[]): void {
    this.pending.push(...notices.filter((n) => !this.delivered.has(n.id)));
    if (!this.flushing) void this.flush();
  }

  /**
   * Delivers notified events in the order they were notified (commit order). A notice carrying the whole
   * event is delivered at once; notices carrying only an id (catch-up after a reconnect, or an event too
   * large for a notification) are read from `queue_event` in batches, in id order.
   */
  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const first = this.pending[0]!;
        if (first.event) {
          this.pending.shift();
          this.deliver(first.event);
          continue;
        }
        let count = 0;
        while (count < this.pending.length && count < 500 && this.pending[count]!.event === null) count += 1;
        const ids = [...new Set(this.pending.splice(0, count).map((n) => n.id))];
        let rows: QueueEventRow[];
        try {
          rows = await queueEventsById(this.db, ids);
        } catch {
          // The database is away: the catch-up after the reconnect will bring these events.
          return;
        }
        for (const row of rows) this.deliver(queueEventOf(row));
      }
    } finally {
      this.flushing = false;
    }
  }

  private revoked(deviceId: number | null): void {
    if (deviceId !== null && !Number.isInteger(deviceId)) return;
    for (const subscriber of this.revocationSubscribers) {
      try {
        subscriber(deviceId);
      } catch {
        // One broken stream must not keep the news from the others.
      }
    }
  }

  private announcementsChanged(officeId: number | null): void {
    if (officeId !== null && !Number.isInteger(officeId)) return;
    for (const subscriber of this.announcementSubscribers) {
      try {
        subscriber(officeId);
      } catch {
        // One broken stream must not keep the news from the others.
      }
    }
  }

  private reportsChanged(): void {
    for (const subscriber of this.reportSubscribers) {
      try {
        subscriber();
      } catch {
        // One broken reader must not keep the news from the others.
      }
    }
  }

  private deliver(event: QueueEvent): void {
    if (this.delivered.has(event.id)) return;
    this.delivered.add(event.id);
    if (this.delivered.size > REMEMBERED) this.delivered.delete(this.delivered.values().next().value!);
    if (BigInt(event.id) > BigInt(this.lastId)) this.lastId = event.id;
    const office = this.officeSubscribers.get(event.officeId);
    for (const subscriber of office ? [...this.subscribers, ...office] : this.subscribers) {
      try {
        subscriber(event);
      } catch {
        // One broken stream must not keep the event from the others.
      }
    }
  }
}
