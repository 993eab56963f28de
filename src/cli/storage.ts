import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Db } from '../storage/database.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../storage/embedded-postgres.ts';
import { migrate } from '../storage/migrate.ts';

export interface Storage {
  db: Db;
  connectionString: string;
  embedded: boolean;
  /** True when the command works through the database of an Okienko server already running on the data folder. */
  beside: boolean;
  /** Closes the pool and stops the embedded server, if this run started one. */
  close(): Promise<void>;
}

export type Log = (level: 'debug' | 'info' | 'warn', message: string) => void;

/**
 * The embedded PostgreSQL server already running on the data folder (the one `okienko start` runs), reached
 * through its unix socket with the password kept beside it; undefined when none runs. The paths are the ones
 * storage/embedded-postgres.ts lays out (test/cli/start.test.ts holds both to the same layout).
 * @example const url = await runningEmbeddedUrl(config.dataDir); // 'postgresql://postgres:…@localhost/okienko?host=…/run'
 */
export async function runningEmbeddedUrl(dataDir: string, database = 'okienko'): Promise<string | undefined> {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const passwordFile = path.join(dataDir, 'postgres-password');
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return undefined;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  const password = (await readFile(passwordFile, 'utf8')).trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@localhost/${database}?host=${encodeURIComponent(path.join(dataDir, 'run'))}`;
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
    throw error;
  }
  const db = openDatabase({ connectionString });
  return {
    db,
    connectionString,
    embedded: embedded !== undefined,
    beside: running !== undefined,
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}
