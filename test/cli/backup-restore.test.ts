import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runningEmbeddedUrl } from '../../src/cli/storage.ts';
import { CLI, startOkienko, stopOkienko } from '../support/okienko-process.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Runs an `okienko` command to its end (without blocking the test's event loop, which drives the load meanwhile). */
function okienko(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

interface Issued {
  number: string;
  code: string;
}

describe('okienko backup and okienko restore', () => {
  const scratch = path.join(root, '.okienko-test');
  mkdirSync(scratch, { recursive: true });
  const original = mkdtempSync(path.join(scratch, 'backup-'));
  const restored = mkdtempSync(path.join(scratch, 'restored-'));
  for (const dir of [original, restored]) chmodSync(dir, 0o755);
  const file = path.join(original, 'okienko.dump');
  after(() => {
    rmSync(original, { recursive: true, force: true });
    rmSync(restored, { recursive: true, force: true });
  });

  it('backs up under load, restores into a new folder, starts there and finds every acknowledged ticket', async () => {
    const run = startOkienko({ OKIENKO_DATA_DIR: original });
    const base = await run.ready;
    const device = await okienko({ OKIENKO_DATA_DIR: original }, 'device', 'add', '--kind', 'kiosk', '--name', 'Biletomat kopii');
    assert.equal(device.status, 0, device.stderr);
    const token = /Token \(shown only now\): (\S+)/.exec(device.stdout)?.[1] ?? '';
    const database = new pg.Client({ connectionString: await runningEmbeddedUrl(original) });
    await database.connect();
    const services = (await database.query<{ id: number }>("SELECT id FROM service WHERE active AND ticket_letter IN ('A', 'B', 'C')"))
      .rows;
    // Issuing all day long, so the load does not depend on the hour the test runs at.
    await database.query(
      `INSERT INTO calendar_exception (office_id, building_id, starts_on, ends_on, kind, opens, closes, reason_pl)
       SELECT id, NULL, current_date - 1, current_date + 1, 'short_hours', '00:00', '23:59', 'Test kopii' FROM office`,
    );
    await database.query('UPDATE service SET stop_issuing_minutes = 0, daily_ticket_limit = NULL');
    await database.end();

    // Two kiosks' worth of residents take numbers without a pause while the backup runs.
    const acknowledged: { issued: Issued; at: number }[] = [];
    let loading = true;
    const load = async (lane: number) => {
      for (let i = 0; loading; i += 1) {
        const response = await fetch(`${base}/api/kiosk/bilety`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ serviceId: services[(lane + i) % services.length]!.id }),
        });
        assert.equal(response.status, 201, await response.clone().text());
        const body = (await response.json()) as { number: string; followUrl: string };
        acknowledged.push({ issued: { number: body.number, code: body.followUrl.split('/').pop()! }, at: performance.now() });
      }
    };
    const lanes = [load(0), load(1)];
    while (acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 50));
    const backupStarted = performance.now();
    const backup = await okienko({ OKIENKO_DATA_DIR: original }, 'backup', '--output', file);
    assert.equal(backup.status, 0, backup.stderr);
    assert.match(backup.stdout, /okienko restore/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    loading = false;
    await Promise.all(lanes);
    assert.equal(await stopOkienko(run.child), 0);

    // Every ticket acknowledged before the backup began is in it (pg_dump reads one snapshot taken at its start).
    const before = acknowledged.filter((a) => a.at < backupStarted).map((a) => a.issued);
    assert.ok(before.length >= 10, `only ${before.length} tickets before the backup`);
    const restore = await okienko({ OKIENKO_DATA_DIR: restored }, 'restore', file);
    assert.equal(restore.status, 0, restore.stderr);
    const count = Number(/Restored .*?: (\d+) tickets/.exec(restore.stdout)?.[1]);
    // The demo office starts with weeks of past visits, so the restored count is at least the acknowledged ones;
    // each of those is looked up by its code below.
    assert.ok(count >= before.length, `${count} tickets restored, ${before.length} acknowledged before the backup`);
    assert.match(restore.stdout, /The audit chain is intact\./);

    const again = startOkienko({ OKIENKO_DATA_DIR: restored });
    const restoredBase = await again.ready;
    try {
      assert.equal((await fetch(`${restoredBase}/readyz`)).status, 200);
      for (const ticket of before) {
        const response = await fetch(`${restoredBase}/api/bilet/${ticket.code}`);
        assert.equal(response.status, 200, `ticket ${ticket.number} is missing`);
        assert.equal(((await response.json()) as { number: string }).number, ticket.number);
      }
      // The restored office is the backed-up one, not a fresh demo: the kiosk's token still works there.
      const kiosk = await fetch(`${restoredBase}/api/kiosk/bilety`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: services[0]!.id }),
      });
      assert.equal(kiosk.status, 201);
    } finally {
      await stopOkienko(again.child);
    }
  });

  it('refuses to restore over an office, or a file that is not there, and says what to do', async () => {
    const over = await okienko({ OKIENKO_DATA_DIR: restored }, 'restore', file);
    assert.notEqual(over.status, 0);
    assert.match(over.stderr, /already holds an office: restore into a new, empty folder/);
    const missing = await okienko({ OKIENKO_DATA_DIR: path.join(restored, 'nowhere') }, 'restore', path.join(restored, 'no-such.dump'));
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /There is no backup file/);
    const usage = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'restore'], { cwd: root, encoding: 'utf8' });
    assert.notEqual(usage.status, 0);
    assert.match(usage.stderr, /missing required argument 'file'/);
  });
});
