import { hostname } from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from './database.ts';

// Two-key advisory locks (class, hash of the job's name), apart from the booking's person and service-day locks.
const JOB_LOCK = 74_120_070;

/**
 * Runs a background job only if no other process runs the same job now: a transaction-level try-lock
 * (never a wait) held while `run` works on its own transactions, released when it ends — or when the
 * process dies, as PostgreSQL drops the connection's locks with it. Answers whether it ran.
 * @example const outcome = await withJobLock(db, 'booking.no_shows', () => markNoShows(deps)); // { ran: true, result: … } or { ran: false }
 */
export async function withJobLock<T>(db: Db, job: string, run: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  return db.transaction().execute(async (tx) => {
    const result = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${JOB_LOCK}, hashtext(${job})) AS locked`.execute(tx);
    if (result.rows[0]?.locked !== true) return { ran: false as const };
    return { ran: true as const, result: await run() };
  });
}

/** Who runs which background job across the nodes on one database (see `SessionJobLocks`). */
export interface JobLocks {
  /** Tries to take the locks of these jobs not yet held here; answers the ones newly taken (never waits). */
  claim(jobs: readonly string[]): Promise<string[]>;
  /** Whether this process holds the job's lock now, asked of the server (false when the connection is gone). */
  holds(job: string): Promise<boolean>;
  /** Gives every lock back (the connection ends), so another node takes the jobs over. */
  close(): Promise<void>;
}

// The server drops a connection whose far side went silent (a node that lost power or network) after about
// 10 + 3 × 5 s, and with it the jobs' locks; a killed process closes its socket, and its locks go at once.
const KEEPALIVE_OPTIONS = '-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3';

/**
 * The jobs' locks as session advisory locks on one connection of their own, apart from the pool: a node takes
 * a job's lock once and keeps it, so each job runs on exactly one node; the locks end with that connection —
 * a node stopped, killed or cut off — and the others take them at their next claim. The connection is named
 * `okienko jobs <host> <pid>` (pg_stat_activity), so an operator sees which node runs the jobs:
 * `SELECT a.application_name, l.objid FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.classid = 74120070`.
 * @example const locks = new SessionJobLocks(url); await locks.claim(['booking.no_shows']); await locks.holds('booking.no_shows') // true
 */
export class SessionJobLocks implements JobLocks {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly held = new Set<string>();
  private closed = false;
  // One query at a time on the connection: the jobs' ticks ask `holds` at once, and pg warns of (and pg@9
  // refuses) a query sent while another is still running on the same client.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connectionString: string,
    private readonly label = `okienko jobs ${hostname()} ${process.pid}`,
  ) {}

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const client = new pg.Client({
        connectionString: this.connectionString,
        application_name: this.label.slice(0, 63),
        options: KEEPALIVE_OPTIONS,
        keepAlive: true,
        keepAliveInitialDelayMillis: 10_000,
        connectionTimeoutMillis: 5_000,
        query_timeout: 5_000,
      });
      // A lost connection has lost its locks with it: none is held until claimed again.
      const lost = () => {
        if (this.client !== client) return;
        this.client = null;
        this.held.clear();
        void client.end().catch(() => undefined);
      };
      client.on('error', lost);
      client.on('end', lost);
      try {
        await client.connect();
      } catch (error) {
        void client.end().catch(() => undefined);
        throw error;
      }
      this.held.clear();
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async claim(jobs: readonly string[]): Promise<string[]> {
    if (this.closed) return [];
    const taken: string[] = [];
    try {
      const client = await this.connection();
      for (const job of jobs) {
        if (this.held.has(job)) continue;
        const result = await this.serially(() =>
          client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [JOB_LOCK, job]),
        );
        if (result.rows[0]?.locked === true) {
          this.held.add(job);
          taken.push(job);
        }
      }
    } catch {
      // the database is away: nothing more taken now; the next claim tries again
    }
    return taken;
  }

  async holds(job: string): Promise<boolean> {
    const client = this.client;
    if (!client || !this.held.has(job)) return false;
    try {
      // Two-key advisory locks show as classid = first key, objid = second key, objsubid = 2.
      const result = await this.serially(() =>
        client.query<{ held: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()
             AND classid = $1::int::oid AND objid = hashtext($2)::oid AND objsubid = 2) AS held`,
          [JOB_LOCK, job],
        ),
      );
      return result.rows[0]?.held === true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    this.held.clear();
    await client?.end().catch(() => undefined);
  }
}
