import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/storage/database.ts';
import { alive, eventually, startOkienko, stopOkienko } from '../support/okienko-process.ts';
import { deviceFetch, openAllDay, registerDevice, serviceId } from '../support/queue.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Database {
  child: ChildProcessWithoutNullStreams;
  connectionString: string;
  adminConnectionString: string;
}

/** A PostgreSQL server in a process of its own (test/fixtures/postgres-child.ts), as an external database. */
function startDatabase(dataDir: string): Promise<Database> {
  // A process group of its own, so that the test can kill it with its server and every backend at once.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'fixtures', 'postgres-child.ts'), dataDir], {
    cwd: root,
    detached: true,
  });
  let text = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve({ child, ...(JSON.parse(text) as Omit<Database, 'child'>) });
    });
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the database process exited (${code}): ${text}`)));
  });
}

/** Kills the database at once, mid-statement: its process, the server and every backend together (nothing restarts it). */
function killDatabase(database: Database): void {
  process.kill(-database.child.pid!, 'SIGKILL');
}

describe('the database going away under kiosk load', () => {
  mkdirSync(path.join(root, '.okienko-test'), { recursive: true });
  chmodSync(path.join(root, '.okienko-test'), 0o755);
  const okienkoDir = mkdtempSync(path.join(root, '.okienko-test', 'loss-app-'));
  const databaseDir = mkdtempSync(path.join(root, '.okienko-test', 'loss-db-'));
  chmodSync(databaseDir, 0o755);
  const cleanups: (() => Promise<unknown>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    rmSync(okienkoDir, { recursive: true, force: true });
    rmSync(databaseDir, { recursive: true, force: true });
  });

  it('keeps the process alive, answers 503 with Retry-After while the database is away, and issues tickets again when it is back', async () => {
    let database = await startDatabase(databaseDir);
    cleanups.push(async () => {
      if (database.child.exitCode === null) {
        database.child.kill('SIGTERM');
        await new Promise((resolve) => database.child.once('exit', resolve));
      }
    });
    const okienko = startOkienko({ OKIENKO_DATA_DIR: okienkoDir, DATABASE_URL: database.connectionString });
    cleanups.push(() => stopOkienko(okienko.child));
    const base = await okienko.ready;

    const db = openDatabase({ connectionString: database.connectionString, maxConnections: 2 });
    await openAllDay(db);
    const kiosk = deviceFetch(base, (await registerDevice(db, 'kiosk')).token);
    const service = await serviceId(db, 'B');
    await db.destroy();

    // Kiosks issue tickets without pause while the database's connections and then the server itself are killed.
    const statuses: number[] = [];
    const retryAfter = new Set<string | null>();
    const failures: string[] = [];
    let running = true;
    const kioskLoop = async () => {
      while (running) {
        try {
          const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: service });
          statuses.push(response.status);
          if (response.status === 503) retryAfter.add(response.headers.get('retry-after'));
          await response.arrayBuffer();
        } catch (error) {
          // No answer at all: the process died or dropped the connection. Counted, and the loop goes on.
          statuses.push(0);
          failures.push(String((error as Error).cause ?? error));
        }
      }
    };
    const loops = Array.from({ length: 6 }, kioskLoop);
    await eventually(async () => statuses.filter((s) => s === 201).length >= 20, 30_000, 'the first tickets');

    // Connections cut under statements in flight: each in-use connection is terminated by the server.
    const admin = new pg.Client({ connectionString: database.adminConnectionString });
    await admin.connect();
    for (let round = 0; round < 5; round += 1) {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'okienko' AND pid <> pg_backend_pid()`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await admin.end();
    const beforeKill = statuses.length;
    killDatabase(database);
    await eventually(
      async () => !alive(okienko.child) || statuses.slice(beforeKill).filter((s) => s === 503).length >= 20,
      30_000,
      'answers while the database is away',
    );
    assert.ok(alive(okienko.child), `Okienko is still running: ${okienko.output()}`);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    assert.equal((await fetch(`${base}/readyz`)).status, 503);
    assert.deepEqual([...retryAfter], ['5']);
    assert.deepEqual(failures, [], `every request is answered: ${okienko.output()}`);
    assert.deepEqual(
      statuses.filter((s) => s !== 201 && s !== 503),
      [],
      'every answer is a ticket or 503',
    );

    database = await startDatabase(databaseDir);
    const afterRestart = statuses.length;
    await eventually(async () => statuses.slice(afterRestart).includes(201), 30_000, 'a ticket after the database came back');
    running = false;
    await Promise.all(loops);
    assert.ok(alive(okienko.child), `Okienko is still running: ${okienko.output()}`);
    assert.doesNotMatch(okienko.output(), /Unhandled|EPIPE|at .+\.ts:\d+/);
  });
});
