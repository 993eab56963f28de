import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CLI, startOkienko } from '../support/okienko-process.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('okienko start', () => {
  const dataDir = mkdtempSync(path.join(root, '.okienko-test', 'start-'));
  chmodSync(dataDir, 0o755);
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts with the demo office, prints the pages, refuses a second process, and stops cleanly on SIGTERM', async () => {
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
