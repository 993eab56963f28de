import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, sql, type RawBuilder, type Transaction } from 'kysely';
import pg from 'pg';
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
    application_name: 'okienko',
  });
  // An idle connection dropped by the server must not bring the process down.
  pool.on('error', () => undefined);
  pool.on('connect', preparingMarkedStatements);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

const MARK = '/*prepared:';
const statementNames = new Map<string, string>();

/**
 * Marks a statement of a busy path (a kiosk's ticket, a desk's call, a board's snapshot) to be run as a
 * named prepared statement: PostgreSQL parses and plans it once per connection instead of on every
 * execution. For the largest statements planning costs more than running them (measured in
 * `bench/tickets.ts`: the issuing setup 3 ms planned each time, 0.2 ms prepared). Put it first in a raw
 * `sql` statement, or in a builder's `modifyFront`. Use it only for statements whose text the code fixes
 * (no lists of variable length): every distinct text stays prepared on every connection.
 * @example sql`${prepared('issue_setup')} SELECT …`; db.selectFrom('device').modifyFront(prepared('device_by_token'))
 */
export function prepared(name: string): RawBuilder<unknown> {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`a prepared statement's name is lower-case letters and underscores: ${name}`);
  return sql.raw(`${MARK}${name}*/`);
}

/** The statement name of a marked text: its mark and a digest of the text, so that each text has its own. */
function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known) return known;
  const at = text.indexOf(MARK);
  if (at < 0) return undefined;
  const name = `${text.slice(at + MARK.length, text.indexOf('*/', at))}_${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  statementNames.set(text, name);
  return name;
}

type QueryArguments = [config: unknown, values?: unknown, callback?: unknown];

/** Sends marked statements as named prepared statements (pg prepares a name once per connection). */
function preparingMarkedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: QueryArguments) => unknown;
  const preparing = (...[config, values, callback]: QueryArguments): unknown => {
    if (typeof config === 'string' && config.includes(MARK)) {
      const name = statementName(config);
      if (name) return query({ name, text: config, values }, callback);
    }
    return query(config, values, callback);
  };
  client.query = preparing as typeof client.query;
}
