import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/storage/database.ts';
import { embeddedConnectionString, embeddedServerPid } from '../../src/storage/embedded-postgres.ts';
import { eventually, startOkienko, stopOkienko } from '../support/okienko-process.ts';
import { deviceFetch, openAllDay, registerDevice, serviceId } from '../support/queue.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('okienko start supervises its embedded PostgreSQL', () => {
  mkdirSync(path.join(root, '.okienko-test'), { recursive: true });
  chmodSync(path.join(root, '.okienko-test'), 0o755);
  const dataDir = mkdtempSync(path.join(root, '.okienko-test', 'supervise-'));
  chmodSync(dataDir, 0o755);
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts PostgreSQL again after kill -9 of its postmaster: /readyz returns to 200 and a ticket can be issued', async () => {
    const run = startOkienko({ OKIENKO_DATA_DIR: dataDir });
    try {
      const base = await run.ready;
      const db = openDatabase({ connectionString: (await embeddedConnectionString(dataDir))!, maxConnections: 1 });
      await openAllDay(db);
      const kiosk = deviceFetch(base, (await registerDevice(db, 'kiosk')).token);
      const service = await serviceId(db, 'B');
      await db.destroy();
      assert.equal((await kiosk('POST', '/api/kiosk/bilety', { serviceId: service })).status, 201);

      const killed = (await embeddedServerPid(dataDir))!;
      process.kill(killed, 'SIGKILL');
      await eventually(
        async () => (await fetch(`${base}/readyz`)).status === 200 && (await embeddedServerPid(dataDir)) !== killed,
        60_000,
        'ready again',
      );
      await eventually(async () => (await kiosk('POST', '/api/kiosk/bilety', { serviceId: service })).status === 201, 30_000, 'a ticket');
      assert.match(run.output(), /PostgreSQL stopped unexpectedly \(SIGKILL\); starting it again/);
      assert.match(run.output(), /PostgreSQL is running again/);
    } finally {
      assert.equal(await stopOkienko(run.child), 0, run.output());
    }
    assert.equal(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), false, 'PostgreSQL was stopped');
  });
});
