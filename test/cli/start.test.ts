import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CLI, startOkienko } from '../support/okienko-process.ts';
import pg from 'pg';
import { runningEmbeddedUrl } from '../../src/cli/storage.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('okienko start', () => {
  const dataDir = mkdtempSync(path.join(root, '.okienko-test', 'start-'));
  chmodSync(dataDir, 0o755);
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts with the demo office, prints the pages, refuses a second server, lets device add and user add work beside it, and stops cleanly on SIGTERM', async () => {
    const run = startOkienko({ OKIENKO_DATA_DIR: dataDir });
    const base = await run.ready;
    assert.match(run.output(), /Logowanie pracowników/);
    assert.match(run.output(), /\/api\/openapi\.json/);
    assert.equal((await fetch(`${base}/readyz`)).status, 200);

    const second = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'start'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, OKIENKO_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' },
    });
    assert.equal(second.status, 3);
    assert.match(second.stderr, /Another Okienko process is using the data folder/);

    // The README's steps on a running office: commands work beside the server, through its PostgreSQL.
    const beside = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, OKIENKO_DATA_DIR: dataDir, DATABASE_URL: '', OKIENKO_PASSWORD: 'haslo-obok-serwera-1', LOG_LEVEL: 'warn' },
      });
    const device = beside('device', 'add', '--kind', 'kiosk', '--name', 'Biletomat obok serwera');
    assert.equal(device.status, 0, device.stderr);
    const token = /Token \(shown only now\): (\S+)/.exec(device.stdout)?.[1] ?? '';
    const login = await fetch(`${base}/urzadzenie`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
      redirect: 'manual',
    });
    assert.equal(login.status, 303, 'the running server knows the new device at once');
    const user = beside('user', 'add', '--login', 'obok.serwera', '--name', 'Obok Serwera', '--role', 'admin');
    assert.equal(user.status, 0, user.stderr);
    const database = new pg.Client({ connectionString: await runningEmbeddedUrl(dataDir) });
    await database.connect();
    const found = await database.query("SELECT 1 FROM staff WHERE login = 'obok.serwera'");
    await database.end();
    assert.equal(found.rowCount, 1);
    assert.equal((await fetch(`${base}/readyz`)).status, 200, 'the server goes on');

    const exited = new Promise<number | null>((resolve) => run.child.on('exit', (code) => resolve(code)));
    run.child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.equal(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), false, 'PostgreSQL was stopped');
  });

  it('answers a wrong PORT with a clear message and exit code 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'start'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORT: 'abc' },
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /PORT must be a whole number/);
  });
});
