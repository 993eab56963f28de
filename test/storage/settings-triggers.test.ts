import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { bookingService, freeDays, readBookingPolicy } from '../../src/app/booking/index.ts';
import { systemActor, systemClock } from '../../src/app/shared/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import type { Database } from '../../src/storage/schema.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';

// A read kept in memory by a SettingsCache is right only while every table it reads raises the settings stamp
// when it changes (the `settings_changed` triggers of migration 202611250020). This test runs every kept read,
// finds the tables its statements read (PostgreSQL's own plan of each), and checks each carries the trigger.

/** The kept reads, each through the function that uses it; a new SettingsCache must be added here. */
const KEPT_READS: Record<string, (db: Kysely<Database>, ids: { officeId: number; serviceId: number }) => Promise<unknown>> = {
  'the current office': (db) => currentOffice(db),
  'the booking policy': (db, { officeId }) => readBookingPolicy(db, officeId),
  'a bookable service': (db, { officeId, serviceId }) =>
    bookingService({ db, clock: systemClock, actor: systemActor(officeId) }, serviceId),
  'a service’s slot settings': (db, { officeId, serviceId }) =>
    freeDays({ db, clock: systemClock, actor: systemActor(officeId) }, { serviceId }),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry) && !entry.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every table a statement's plan reads (scans, index scans, subplans, CTEs). */
function relationsOf(plan: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(plan)) for (const item of plan) relationsOf(item, found);
  else if (plan !== null && typeof plan === 'object') {
    for (const [key, value] of Object.entries(plan)) {
      if (key === 'Relation Name' && typeof value === 'string') found.add(value);
      else relationsOf(value, found);
    }
  }
  return found;
}

describe('settings kept in memory and the settings stamp', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
  });
  after(() => database.drop());

  it('knows every kept read of the code', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const caches = sourceFiles(root).flatMap((file) => readFileSync(file, 'utf8').match(/new SettingsCache\b/g) ?? []);
    assert.equal(caches.length, Object.keys(KEPT_READS).length, 'each SettingsCache of the code has its read listed in KEPT_READS');
  });

  it('has the settings trigger on every table a kept read reads', async () => {
    const statements: { sql: string; parameters: readonly unknown[] }[] = [];
    const pool = new pg.Pool({ connectionString: database.connectionString, max: 2 });
    const logged = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => {
        statements.push({ sql: event.query.sql, parameters: event.query.parameters });
      },
    });
    const client = new pg.Client({ connectionString: database.connectionString });
    await client.connect();
    try {
      const office = await currentOffice(database.db);
      const service = await database.db
        .selectFrom('service')
        .select('id')
        .where('bookable_online', '=', true)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const ids = { officeId: office.id, serviceId: service.id };
      // A settings change first, so that every kept read loads afresh (under the new stamp) through the logged handle.
      await database.db.updateTable('office').set({ short_name: office.short_name }).where('id', '=', office.id).execute();
      // tgtype bits: 1 row, 4 insert, 8 delete, 16 update, 32 truncate. Every change of a row, and a truncate.
      const triggered = await client.query<{ relname: string }>(
        `SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
          WHERE p.proname = 'settings_changed'
          GROUP BY c.relname
         HAVING bool_or(t.tgtype & 29 = 29) AND bool_or(t.tgtype & 32 = 32)`,
      );
      const withTrigger = new Set(triggered.rows.map((row) => row.relname));
      const missing: string[] = [];
      for (const [name, read] of Object.entries(KEPT_READS)) {
        statements.length = 0;
        await read(logged, ids);
        const loads = statements.filter((s) => s.sql.length > 0);
        statements.length = 0;
        // Asked again under the same stamp, the kept value answers: what runs now is live data only.
        await read(logged, ids);
        const live = new Set(statements.map((s) => s.sql));
        const loaderStatements = loads.filter((s) => !live.has(s.sql));
        assert.ok(loaderStatements.length > 0, `${name}: loaded on its first read`);
        for (const statement of loaderStatements) {
          const explained = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${statement.sql}`, [
            ...statement.parameters,
          ]);
          for (const table of relationsOf(explained.rows[0]!['QUERY PLAN'])) {
            if (table === 'settings_version' || table.startsWith('pg_')) continue;
            if (!withTrigger.has(table)) missing.push(`${name} reads ${table}`);
          }
        }
      }
      assert.deepEqual(missing, [], 'a table read by a kept read without the settings_changed trigger');
    } finally {
      await client.end();
      await logged.destroy();
    }
  });
});
