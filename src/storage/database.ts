import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, type PostgresCursor, type PostgresPool, type PostgresPoolClient, type Transaction } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { keepRecent } from '../domain/shared/kept.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

// Dates and times stay strings: a `date` turned into a JS Date at local midnight shifts across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.TIME, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

export interface DatabaseOptions {
  connectionString: string;
  maxConnections?: number;
  /** How the connections name themselves in pg_stat_activity ('okienko' unless told). */
  applicationName?: string;
}

// The names of the statements sent lately: the same few hundred texts run all day, and hashing each text on
// every query was a measurable share of a busy node's CPU (`npm run bench region`).
const statementNames = new Map<string, string>();
const KEPT_NAMES = 2_000;

/** A statement's name on every connection: a digest of its text, so each text has its own. */
export function statementName(text: string): string {
  const kept = statementNames.get(text);
  if (kept !== undefined) return kept;
  const name = `k${createHash('sha1').update(text).digest('base64url')}`;
  keepRecent(statementNames, text, name, KEPT_NAMES);
  return name;
}

/**
 * Kysely's side of the pool: a statement with parameters goes out as a named prepared statement, which
 * node-postgres parses once per connection and then only binds and runs (ARCHITECTURE.md, storage).
 */
function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        query: ((statement: string | PostgresCursor<unknown>, values?: readonly unknown[]) => {
          if (typeof statement !== 'string') return client.query(statement as unknown as pg.Submittable);
          if (!values || values.length === 0) return client.query(statement);
          return client.query({ name: statementName(statement), text: statement, values: [...values] });
        }) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}

const pools = new WeakMap<Db, pg.Pool>();

/** The pool's connections now: open, of which idle, and the callers waiting for one. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/**
 * How busy the pool behind a database handle is (for the metrics); null for a handle not opened here.
 * @example poolStats(db) // { total: 6, idle: 4, waiting: 0 }
 */
export function poolStats(db: Db): PoolStats | null {
  const pool = pools.get(db);
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

/**
 * Opens a pool of connections to PostgreSQL behind Kysely.
 * @example const db = openDatabase({ connectionString }); await db.selectFrom('office').selectAll().execute();
 */
export function openDatabase(options: DatabaseOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 20,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    // A connection is replaced after an hour, which also frees the statements it prepared.
    maxLifetimeSeconds: 3_600,
    application_name: options.applicationName ?? 'okienko',
  });
  // A connection the server drops, idle or in use, must not bring the process down: the statement under way
  // fails (503), the pool drops the connection when it is given back.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool), cursor: Cursor }) });
  pools.set(db, pool);
  return db;
}
