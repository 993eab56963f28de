import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { sql } from 'kysely';
import pg from 'pg';
import { readConfig, type Config } from '../config.ts';
import { terminalLog } from './log.ts';
import { verifyAuditChain } from '../storage/audit-repository.ts';
import { migrate } from '../storage/migrate.ts';
import { openStorage, runningEmbeddedUrl } from './storage.ts';

export class BackupError extends Error {}

function majorOf(versionText: string): number {
  const match = /(\d+)(?:\.\d+)?/.exec(versionText.replace(/^.*?\)\s*/, ''));
  return match ? Number(match[1]) : 0;
}

/** Candidates for a PostgreSQL client program: its variable ($PG_DUMP), Debian's /usr/lib/postgresql/<major>/bin newest first, the PATH. */
function clientCandidates(program: 'pg_dump' | 'pg_restore'): string[] {
  const found: string[] = [];
  const variable = process.env[program.toUpperCase()];
  if (variable) found.push(variable);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const major of readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a))) {
      const bin = path.join(debian, major, 'bin', program);
      if (existsSync(bin)) found.push(bin);
    }
  }
  found.push(program);
  return found;
}

/** A pg_dump whose major version is at least the server's (pg_dump refuses newer servers). */
export function findPgDump(serverMajor: number): string {
  return findClient('pg_dump', serverMajor);
}

/** A client program (pg_dump, pg_restore) whose major version is at least the server's. */
function findClient(program: 'pg_dump' | 'pg_restore', serverMajor: number): string {
  const seen: string[] = [];
  for (const candidate of clientCandidates(program)) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
      const major = majorOf(version);
      seen.push(`${candidate} (${version})`);
      if (major >= serverMajor) return candidate;
    } catch {
      // not installed under this name
    }
  }
  throw new BackupError(
    `No ${program} of version ${serverMajor} or newer was found${seen.length ? ` (found: ${seen.join(', ')})` : ''}. ` +
      `Install the PostgreSQL ${serverMajor} client (on Debian: apt-get install postgresql-client-${serverMajor}) or set ${program.toUpperCase()} to its path.`,
  );
}

async function serverMajor(connectionString: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const result = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(result.rows[0]!.server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/** Runs a client program to its end; its error output becomes the message when it fails. */
function runClient(binary: string, program: string, args: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new BackupError(`${program} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Dumps the database (embedded or DATABASE_URL) with pg_dump in its custom format, restorable with pg_restore.
 * @example await backup(readConfig(process.env), 'data/backups/okienko.dump');
 */
export async function backup(config: Config, output?: string): Promise<string> {
  const file = path.resolve(output ?? path.join(config.dataDir, 'backups', `okienko-${timestamp(new Date())}.dump`));
  await mkdir(path.dirname(file), { recursive: true });
  // Backups must work while Okienko runs: through the running server's socket when there is one.
  let url = config.databaseUrl ?? (await runningEmbeddedUrl(path.resolve(config.dataDir)));
  let close: (() => Promise<void>) | undefined;
  if (!url) {
    const storage = await openStorage(config, terminalLog(), { migrate: false });
    url = storage.connectionString;
    close = () => storage.close();
  }
  try {
    const pgDump = findPgDump(await serverMajor(url));
    await runClient(pgDump, 'pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`]);
    // A dump holds personal data: readable by its owner only.
    await chmod(file, 0o600);
  } finally {
    await close?.();
  }
  return file;
}

/** What a restore brought back, for the person who ran it to compare with what they expect. */
export interface RestoreSummary {
  tickets: number;
  bookings: number;
  staff: number;
  auditRows: number;
  /** Whether the audit log's hash chain is whole after the restore, and where it breaks if not. */
  auditChain: { ok: boolean; brokenAt: string | null };
  /** Migrations applied after the restore (a backup of an older version is brought up to date). */
  migrated: string[];
}

/**
 * Restores a backup of `okienko backup` into a fresh place: an empty data folder (the embedded server is
 * created there) or the empty database of DATABASE_URL. Refuses a place that already holds tables, and a data
 * folder an Okienko server runs on, so a restore never mixes with or overwrites an office. All or nothing:
 * pg_restore runs as one transaction and stops at the first error. Then migrations bring an older backup
 * up to date.
 * @example const summary = await restore(readConfig(process.env), 'okienko-20261203-0800.dump');
 */
export async function restore(config: Config, input: string): Promise<RestoreSummary> {
  const file = path.resolve(input);
  if (!existsSync(file)) throw new BackupError(`There is no backup file ${file}.`);
  if (!config.databaseUrl && (await runningEmbeddedUrl(path.resolve(config.dataDir)))) {
    throw new BackupError(
      `Okienko is running on the data folder ${path.resolve(config.dataDir)}: restore into a new folder (OKIENKO_DATA_DIR=…), then start Okienko there.`,
    );
  }
  const storage = await openStorage(config, terminalLog(), { migrate: false });
  try {
    const { db } = storage;
    const tables = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`.execute(db);
    if ((tables.rows[0]?.n ?? 0) > 0) {
      throw new BackupError(
        config.databaseUrl
          ? 'The database of DATABASE_URL already holds tables: restore into an empty database (createdb okienko_restored), never over an office.'
          : `The data folder ${path.resolve(config.dataDir)} already holds an office: restore into a new, empty folder (OKIENKO_DATA_DIR=…).`,
      );
    }
    const pgRestore = findClient('pg_restore', await serverMajor(storage.connectionString));
    await runClient(pgRestore, 'pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${storage.connectionString}`,
      file,
    ]);
    const { applied } = await migrate(storage.connectionString);
    const count = async (table: 'ticket' | 'booking' | 'staff' | 'audit_log') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const chain = await verifyAuditChain(db);
    return {
      auditChain: { ok: chain.ok, brokenAt: chain.brokenAt },
      tickets: await count('ticket'),
      bookings: await count('booking'),
      staff: await count('staff'),
      auditRows: await count('audit_log'),
      migrated: applied,
    };
  } finally {
    await storage.close();
  }
}

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('Write a pg_dump of the database (embedded or DATABASE_URL) to a file; works while Okienko runs.')
    .option('-o, --output <file>', 'where to write the dump (default: <data folder>/backups/okienko-<time>.dump)')
    .action(async (options: { output?: string }) => {
      const file = await backup(readConfig(process.env), options.output);
      console.log(
        `Backup written to ${file}\nRestore it into a new data folder with: OKIENKO_DATA_DIR=<new folder> okienko restore ${file}`,
      );
    });
  program
    .command('restore')
    .argument('<file>', 'a backup written by okienko backup')
    .description('Restore a backup into a new, empty data folder (OKIENKO_DATA_DIR) or the empty database of DATABASE_URL.')
    .action(async (file: string) => {
      const summary = await restore(readConfig(process.env), file);
      console.log(
        `Restored ${file}: ${summary.tickets} tickets, ${summary.bookings} bookings, ${summary.staff} staff accounts, ${summary.auditRows} audit rows` +
          (summary.migrated.length > 0 ? `; then applied ${summary.migrated.length} newer migrations` : '') +
          `.\n${summary.auditChain.ok ? 'The audit chain is intact.' : `The audit chain is broken at row ${summary.auditChain.brokenAt}: the backup was changed after it was written, or is damaged.`}` +
          '\nStart Okienko on it with the same OKIENKO_DATA_DIR or DATABASE_URL.',
      );
      if (!summary.auditChain.ok) process.exitCode = 1;
    });
}
