import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { packageRoot } from '../package-root.ts';

export function migrationsDir(): string {
  return path.join(packageRoot(), 'src', 'storage', 'migrations');
}

// Any constant works; it names "Okienko migrations" among the advisory locks of the database.
const MIGRATION_LOCK = 7_412_006_001;

export interface MigrationResult {
  applied: string[];
}

/**
 * Applies the forward-only SQL migrations not yet applied, each in its own transaction, under an
 * advisory lock so that several nodes starting together migrate once.
 * @example await migrate(connectionString);
 */
export async function migrate(connectionString: string, dir = migrationsDir()): Promise<MigrationResult> {
  const files = (await readdir(dir)).filter((f) => /^\d{12}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const client = new pg.Client({ connectionString, application_name: 'okienko-migrate', connectionTimeoutMillis: 10_000 });
  // A lost connection fails the statement under way; without a listener it would also end the process.
  client.on('error', () => undefined);
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ name: string }>('SELECT name FROM schema_migration')).rows.map((r) => r.name));
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = await readFile(path.join(dir, file), 'utf8');
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO schema_migration (name) VALUES ($1)', [file]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      applied.push(file);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
  return { applied };
}

/** True when every migration file has been applied (used by /readyz). */
export async function migrationsPending(
  client: { query: (sql: string) => Promise<{ rows: { name: string }[] }> },
  dir = migrationsDir(),
): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{12}_[a-z0-9_]+\.sql$/.test(f));
  const rows = (await client.query('SELECT name FROM schema_migration')).rows;
  const done = new Set(rows.map((r) => r.name));
  return files.filter((f) => !done.has(f));
}
