import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DataDirectoryBusyError, startEmbeddedPostgres } from '../../src/storage/embedded-postgres.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const base = path.join(root, '.okienko-test');

function freshDataDir(): string {
  const dir = mkdtempSync(path.join(base, 'embedded-'));
  chmodSync(dir, 0o755);
  return dir;
}

async function query<T extends pg.QueryResultRow>(connectionString: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('listens on a unix socket only, with fsync on, and keeps data across a restart', async () => {
    const dir = freshDataDir();
    dirs.push(dir);
    const first = await startEmbeddedPostgres({ dataDir: dir });
    try {
      const [settings] = await query<{ listen: string; fsync: string; socket: string }>(
        first.connectionString,
        `SELECT current_setting('listen_addresses') AS listen, current_setting('fsync') AS fsync, current_setting('unix_socket_directories') AS socket`,
      );
      assert.equal(settings?.listen, '');
      assert.equal(settings?.fsync, 'on');
      assert.equal(settings?.socket, path.join(dir, 'run'));
      await query(first.connectionString, `CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)`);
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ dataDir: dir });
    try {
      assert.deepEqual(await query(second.connectionString, 'SELECT n FROM kept'), [{ n: 42 }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second process on the same data folder with a clear message', async () => {
    const dir = freshDataDir();
    dirs.push(dir);
    const first = await startEmbeddedPostgres({ dataDir: dir });
    try {
      await assert.rejects(startEmbeddedPostgres({ dataDir: dir }), (error: unknown) => {
        assert.ok(error instanceof DataDirectoryBusyError);
        assert.match(error.message, /Another Okienko process is using the data folder/);
        return true;
      });
    } finally {
      await first.stop();
    }
  });

  it('stops a server left running by a killed process and starts cleanly with the data intact', async () => {
    const dir = freshDataDir();
    dirs.push(dir);
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'fixtures', 'embedded-child.ts'), dir], {
      encoding: 'utf8',
    });
    assert.equal(child.signal, 'SIGKILL');
    assert.match(child.stdout, /written/);
    const leftoverPid = Number(readFileSync(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    assert.doesNotThrow(() => process.kill(leftoverPid, 0), 'the crashed run left its server running');

    const warnings: string[] = [];
    const server = await startEmbeddedPostgres({
      dataDir: dir,
      log: (level, message) => {
        if (level === 'warn') warnings.push(message);
      },
    });
    try {
      assert.ok(
        warnings.some((w) => w.includes('left over')),
        'the leftover server was noticed',
      );
      assert.throws(() => process.kill(leftoverPid, 0), 'the leftover server was stopped');
      assert.deepEqual(await query(server.connectionString, 'SELECT note FROM survivor'), [{ note: 'written before the crash' }]);
    } finally {
      await server.stop();
    }
    assert.equal(existsSync(path.join(dir, 'postgres', 'postmaster.pid')), false, 'stopped cleanly');
  });
});
