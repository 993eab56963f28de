import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import pg from 'pg';
import { initialiseCluster, PostgresServer, ServerStartError, type RunAs, type ServerLog } from './postgres-server.ts';
import { existingServerHome, reachableBinaries, ROOT_HOME, serverAccount, serverHome } from './server-placement.ts';

export { ServerStartError } from './postgres-server.ts';

export interface EmbeddedServer {
  /** Connection string for the `okienko` database through the unix socket. */
  connectionString: string;
  /** Connection string for the maintenance database `postgres`. */
  adminConnectionString: string;
  /** The folder of the server's data (`postgres/`), socket (`run/`) and password. */
  home: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  database?: string;
  log?: ServerLog;
}

export class DataDirectoryBusyError extends Error {}

/** The connection string of the server whose files are in `home`, through its socket. */
function connectionStringOf(home: string, password: string, database: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@localhost/${database}?host=${encodeURIComponent(path.join(home, 'run'))}`;
}

/**
 * The connection string of a data folder's embedded server if one was ever created there (it may not be running).
 * @example await embeddedConnectionString('./data') // 'postgresql://postgres:…@localhost/okienko?host=…'
 */
export async function embeddedConnectionString(dataDir: string, database = 'okienko'): Promise<string | undefined> {
  const home = existingServerHome(path.resolve(dataDir));
  if (!home || !existsSync(path.join(home, 'postgres-password'))) return undefined;
  return connectionStringOf(home, (await readFile(path.join(home, 'postgres-password'), 'utf8')).trim(), database);
}

/** The PID of the data folder's running embedded server (its postmaster), or undefined. */
export async function embeddedServerPid(dataDir: string): Promise<number | undefined> {
  const home = existingServerHome(path.resolve(dataDir));
  const pidFile = home && path.join(home, 'postgres', 'postmaster.pid');
  if (!pidFile || !existsSync(pidFile)) return undefined;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

async function createDataFolder(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new ServerStartError(
      `Cannot create the data folder ${dataDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): set OKIENKO_DATA_DIR to a folder Okienko may write.`,
    );
  }
}

async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'okienko.lock'),
      stale: 3_000,
      update: 1_000,
      retries: { retries: 8, minTimeout: 500, maxTimeout: 1_000 },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED')
      throw new ServerStartError(
        `Cannot write in the data folder ${dataDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): set OKIENKO_DATA_DIR to a folder Okienko may write.`,
      );
    throw new DataDirectoryBusyError(
      `Another Okienko process is using the data folder ${dataDir}. Stop it first, or set OKIENKO_DATA_DIR to another folder.`,
    );
  }
}

/** A folder the server's account owns (root makes it, then hands it over). */
async function folderFor(account: RunAs | undefined, dir: string, mode: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (account) await chown(dir, account.uid, account.gid);
  await chmod(dir, mode);
}

/** Creates the cluster: initdb reads the password from a file only the server's account can read, removed after. */
async function createCluster(binDir: string, pgDir: string, password: string, account: RunAs | undefined): Promise<void> {
  await rm(pgDir, { recursive: true, force: true });
  await folderFor(account, pgDir, 0o700);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'okienko-initdb-'));
  try {
    const passwordFile = path.join(scratch, 'password');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (account) {
      await chown(scratch, account.uid, account.gid);
      await chown(passwordFile, account.uid, account.gid);
    }
    await initialiseCluster({ binDir, pgDir, passwordFile, ...(account ? { runAs: account } : {}) });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL server of the data folder `dataDir`, supervised
 * (restarted when it stops unasked). Listens on a unix socket only. Two Okienko processes never open one data
 * folder: the second gets a DataDirectoryBusyError. Run as root, the server runs as the user `postgres`, and
 * its files move to ROOT_HOME when that user cannot reach the data folder (server-placement.ts).
 * @example const server = await startEmbeddedPostgres({ dataDir: './data' }); ... await server.stop();
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const account = serverAccount(log);
  await createDataFolder(dataDir);
  const release = await lockDataFolder(dataDir);
  try {
    const home = serverHome(dataDir, account);
    if (home === dataDir) {
      // As root the server's account must enter the data folder; the password file in it is root's alone.
      if (account) await chmod(dataDir, 0o755);
    } else {
      await mkdir(home, { recursive: true });
      await chmod(ROOT_HOME, 0o755);
      await chmod(home, 0o755);
      await writeFile(path.join(home, 'data-folder'), `${dataDir}\n`);
      log('info', `The user "postgres" cannot enter ${dataDir}; the PostgreSQL data of this folder is in ${home}.`);
    }
    const pgDir = path.join(home, 'postgres');
    const socketDir = path.join(home, 'run');
    await folderFor(account, socketDir, 0o755);
    const passwordFile = path.join(home, 'postgres-password');
    if (!existsSync(passwordFile)) await writeFile(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
    const password = (await readFile(passwordFile, 'utf8')).trim();
    const binDir = await reachableBinaries(account, log);

    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
      // A folder without PG_VERSION is a first start that was interrupted: nothing in it was ever used.
      log('info', `Creating the PostgreSQL database in ${pgDir} (first start).`);
      await createCluster(binDir, pgDir, password, account);
    }
    const server = new PostgresServer({
      binDir,
      pgDir,
      settings: {
        unix_socket_directories: socketDir,
        listen_addresses: '',
        max_connections: '200',
        ...(process.env.PGSS ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_planning': 'on' } : {}),
      },
      ...(account ? { runAs: account } : {}),
      log,
    });
    await server.start();

    const database = options.database ?? 'okienko';
    const adminConnectionString = connectionStringOf(home, password, 'postgres');
    try {
      await ensureDatabase(adminConnectionString, database);
    } catch (error) {
      await server.stop();
      throw error;
    }
    let stopped = false;
    return {
      connectionString: connectionStringOf(home, password, database),
      adminConnectionString,
      home,
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
