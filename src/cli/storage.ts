import path from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Db } from '../storage/database.ts';
import { embeddedConnectionString, embeddedServerPid, startEmbeddedPostgres, type EmbeddedServer } from '../storage/embedded-postgres.ts';
import { migrate } from '../storage/migrate.ts';

export interface Storage {
  db: Db;
  connectionString: string;
  /** Where the embedded server keeps its data (undefined with DATABASE_URL or beside a running server). */
  embeddedHome: string | undefined;
  /** True when the command works through the database of an Okienko server already running on the data folder. */
  beside: boolean;
  /** Closes the pool and stops the embedded server, if this run started one. */
  close(): Promise<void>;
}

export type Log = (level: 'debug' | 'info' | 'warn', message: string) => void;

// Why an external database could not be used, in words, by postgres.js's or PostgreSQL's code.
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'nothing answers at that address',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  ENOENT: 'there is no server socket in that folder',
  ETIMEDOUT: 'no answer in time',
  CONNECT_TIMEOUT: 'no answer in time',
  EHOSTUNREACH: 'the host cannot be reached',
  '28P01': 'the user name or password was refused',
  '28000': 'the user may not log in',
  '3D000': 'the database does not exist',
  '42501': 'the user may not create tables there',
};

/** An error of the first statement on DATABASE_URL as one sentence that names the server (never the password). */
function databaseUrlError(error: unknown, connectionString: string): Error {
  if (error instanceof Error && error.message.startsWith('Migration ')) return error;
  let where = 'DATABASE_URL';
  try {
    const url = new URL(connectionString);
    where = `${url.searchParams.get('host') ?? `${url.hostname}${url.port ? `:${url.port}` : ''}`}${url.pathname}`;
  } catch {
    // not a URL: DATABASE_URL it is
  }
  const code = (error as { code?: string } | null)?.code;
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new Error(
    `Cannot use the database ${where} of DATABASE_URL (${reason}): check that PostgreSQL runs there and that DATABASE_URL is right.`,
  );
}

/**
 * The embedded PostgreSQL server already running on the data folder (the one `okienko start` runs), reached
 * through its unix socket with the password kept beside it; undefined when none runs.
 * @example const url = await runningEmbeddedUrl(config.dataDir); // 'postgresql://postgres:…@localhost/okienko?host=…/run'
 */
export async function runningEmbeddedUrl(dataDir: string, database = 'okienko'): Promise<string | undefined> {
  return (await embeddedServerPid(dataDir)) ? embeddedConnectionString(dataDir, database) : undefined;
}

/**
 * The database of this run: the one at DATABASE_URL, or the embedded server in the data folder; migrated to
 * the latest schema. With `beside`, a command (user add, device add…) works next to a running `okienko start`:
 * it uses that server's PostgreSQL through its socket instead of starting its own (which the data folder's
 * lock would refuse). `okienko start` itself never does: two servers on one folder stay refused.
 */
export async function openStorage(config: Config, log: Log, options: { migrate?: boolean; beside?: boolean } = {}): Promise<Storage> {
  let embedded: EmbeddedServer | undefined;
  let connectionString = config.databaseUrl;
  const running = connectionString || !options.beside ? undefined : await runningEmbeddedUrl(path.resolve(config.dataDir));
  if (running) {
    log('info', 'Okienko is running on this data folder: using its database.');
    connectionString = running;
  }
  if (!connectionString) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
    connectionString = embedded.connectionString;
  }
  try {
    if (options.migrate !== false) {
      const { applied } = await migrate(connectionString);
      for (const name of applied) log('info', `Applied migration ${name}`);
    }
  } catch (error) {
    await embedded?.stop();
    throw embedded ? error : databaseUrlError(error, connectionString);
  }
  const db = openDatabase({ connectionString });
  return {
    db,
    connectionString,
    embeddedHome: embedded?.home,
    beside: running !== undefined,
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}
