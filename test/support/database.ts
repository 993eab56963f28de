import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db } from '../../src/storage/database.ts';

export interface TestDatabase {
  db: Db;
  connectionString: string;
  drop(): Promise<void>;
}

function settings(): { adminUrl: string; template: string } {
  const adminUrl = process.env.OKIENKO_TEST_ADMIN_URL;
  const template = process.env.OKIENKO_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('Run the tests with `npm test` (scripts/test.ts starts PostgreSQL for them).');
  return { adminUrl, template };
}

/**
 * A fresh, migrated database of its own for one test file, cloned from the run's template.
 * @example const { db, drop } = await createTestDatabase(); after(drop);
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template } = settings();
  const runPid = template.split('_').pop() ?? '0';
  const name = `okienko_test_${runPid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt += 1) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      // Two files cloning the template at the same instant: PostgreSQL asks one to wait its turn.
      if (attempt > 20 || !(error as Error).message.includes('being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  const db = openDatabase({ connectionString, maxConnections: 10 });
  return {
    db,
    connectionString,
    async drop() {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
