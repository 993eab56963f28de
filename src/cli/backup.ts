import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import pg from 'pg';
import { readConfig, type Config } from '../config.ts';
import { terminalLog } from './log.ts';
import { openStorage, runningEmbeddedUrl } from './storage.ts';

export class BackupError extends Error {}

function majorOf(versionText: string): number {
  const match = /(\d+)(?:\.\d+)?/.exec(versionText.replace(/^.*?\)\s*/, ''));
  return match ? Number(match[1]) : 0;
}

/** pg_dump candidates: $PG_DUMP, the PATH, and Debian's /usr/lib/postgresql/<major>/bin, newest first. */
function pgDumpCandidates(): string[] {
  const found: string[] = [];
  if (process.env.PG_DUMP) found.push(process.env.PG_DUMP);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const major of readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a))) {
      const bin = path.join(debian, major, 'bin', 'pg_dump');
      if (existsSync(bin)) found.push(bin);
    }
  }
  found.push('pg_dump');
  return found;
}

/** A pg_dump whose major version is at least the server's (pg_dump refuses newer servers). */
export function findPgDump(serverMajor: number): string {
  const seen: string[] = [];
  for (const candidate of pgDumpCandidates()) {
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
    `No pg_dump of version ${serverMajor} or newer was found${seen.length ? ` (found: ${seen.join(', ')})` : ''}. ` +
      `Install the PostgreSQL ${serverMajor} client (on Debian: apt-get install postgresql-client-${serverMajor}) or set PG_DUMP to its path.`,
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
    await new Promise<void>((resolve, reject) => {
      const child = spawn(pgDump, ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`], {
        stdio: ['ignore', 'inherit', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new BackupError(`pg_dump failed (exit ${code}): ${stderr.trim()}`))));
    });
    // A dump holds personal data: readable by its owner only.
    await chmod(file, 0o600);
  } finally {
    await close?.();
  }
  return file;
}

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('Write a pg_dump of the database (embedded or DATABASE_URL) to a file; works while Okienko runs.')
    .option('-o, --output <file>', 'where to write the dump (default: <data folder>/backups/okienko-<time>.dump)')
    .action(async (options: { output?: string }) => {
      const file = await backup(readConfig(process.env), options.output);
      console.log(`Backup written to ${file}\nRestore with: pg_restore --clean --if-exists --dbname=<database> ${file}`);
    });
}
