import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { migrate } from '../../src/storage/migrate.ts';

// A blank database (not cloned from the migrated template) so that migrations really run.
describe('migrations', () => {
  const adminUrl = process.env.OKIENKO_TEST_ADMIN_URL!;
  const name = `okienko_test_${(process.env.OKIENKO_TEST_TEMPLATE ?? '').split('_').pop() ?? '0'}_migrate`;
  let url: string;
  before(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  after(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('applies every migration exactly once when two nodes start together', async () => {
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    const total = a.applied.length + b.applied.length;
    assert.ok(total > 0);
    assert.equal(new Set([...a.applied, ...b.applied]).size, total, 'no migration applied twice');
    const again = await migrate(url);
    assert.deepEqual(again.applied, []);
  });
});
