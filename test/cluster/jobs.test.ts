import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { BOOKING_JOBS } from '../../src/app/jobs/booking-jobs.ts';
import { COMPLAINT_JOBS } from '../../src/app/jobs/complaint-jobs.ts';
import { DEVICE_JOBS } from '../../src/app/jobs/device-jobs.ts';
import { HOME_VISIT_JOBS } from '../../src/app/jobs/home-visit-jobs.ts';
import { QUEUE_JOBS } from '../../src/app/jobs/queue-jobs.ts';
import { REPORT_JOBS } from '../../src/app/jobs/report-jobs.ts';
import { SPECIAL_NEEDS_JOBS } from '../../src/app/jobs/special-needs-jobs.ts';
import { STATS_JOBS } from '../../src/app/jobs/stats-jobs.ts';
import { openDatabase, type Db } from '../../src/storage/database.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/storage/embedded-postgres.ts';
import { migrate } from '../../src/storage/migrate.ts';
import { eventually, startOkienko, stopOkienko, type OkienkoProcess } from '../support/okienko-process.ts';

// Two real `okienko start` processes on one PostgreSQL: the background jobs (no-shows, lost tickets, device
// health, retention, reminders…) run on one of them only, and when that one is killed with SIGKILL the other
// takes every job over within its claim interval. Who holds which job is read from PostgreSQL itself.

const ALL_JOBS = [
  BOOKING_JOBS,
  COMPLAINT_JOBS,
  DEVICE_JOBS,
  HOME_VISIT_JOBS,
  QUEUE_JOBS,
  REPORT_JOBS,
  SPECIAL_NEEDS_JOBS,
  STATS_JOBS,
].flat().length;
const root = path.resolve(import.meta.dirname, '..', '..');

/** The processes (by pid) holding job locks, with how many each holds. */
async function holders(db: Db): Promise<Map<number, number>> {
  const rows = await sql<{ application_name: string; locks: string }>`
    SELECT a.application_name, count(*) AS locks FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 74120070 AND l.objsubid = 2 GROUP BY a.application_name`.execute(db);
  const found = new Map<number, number>();
  for (const row of rows.rows) {
    const pid = Number(/^okienko jobs \S+ (\d+)$/.exec(row.application_name)?.[1]);
    assert.ok(pid > 0, `a job lock held by ${row.application_name}`);
    found.set(pid, Number(row.locks));
  }
  return found;
}

describe('background jobs on two nodes', () => {
  let postgres: EmbeddedServer;
  let db: Db;
  const nodes: OkienkoProcess[] = [];
  const scratch = path.join(root, '.okienko-test');
  mkdirSync(scratch, { recursive: true });
  const folder = mkdtempSync(path.join(scratch, 'jobs-'));
  chmodSync(folder, 0o755);

  before(async () => {
    postgres = await startEmbeddedPostgres({ dataDir: path.join(folder, 'data') });
    await migrate(postgres.connectionString);
    db = openDatabase({ connectionString: postgres.connectionString, maxConnections: 2 });
  });
  after(async () => {
    await Promise.all(nodes.map((node) => stopOkienko(node.child)));
    await db?.destroy();
    await postgres?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs each job on one node only and resumes them all on the survivor within seconds of a SIGKILL', async () => {
    const env = { DATABASE_URL: postgres.connectionString };
    nodes.push(startOkienko(env));
    await nodes[0]!.ready;
    const first = nodes[0]!.child.pid!;
    let jobs = 0;
    await eventually(
      async () => {
        const found = await holders(db);
        jobs = found.get(first) ?? 0;
        return jobs === ALL_JOBS;
      },
      10_000,
      'the first node taking every job',
    );
    nodes.push(startOkienko(env));
    await nodes[1]!.ready;
    const second = nodes[1]!.child.pid!;
    // Past the second node's first claims (at start and 5 s on): it took none, the first keeps all.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    assert.deepEqual([...(await holders(db))], [[first, jobs]]);
    assert.match(nodes[0]!.output(), /Background jobs now run on this node: /);
    assert.doesNotMatch(nodes[1]!.output(), /Background jobs now run on this node/);

    nodes[0]!.child.kill('SIGKILL');
    const killedAt = performance.now();
    await eventually(async () => (await holders(db)).get(second) === jobs, 15_000, 'the survivor taking every job');
    const tookMs = performance.now() - killedAt;
    assert.deepEqual([...(await holders(db))], [[second, jobs]]);
    assert.match(nodes[1]!.output(), /Background jobs now run on this node: /);
    // Within one claim interval (5 s) and a little.
    assert.ok(tookMs <= 6_500, `the survivor took the jobs ${tookMs.toFixed(0)} ms after the kill`);
    assert.doesNotMatch(nodes[1]!.output(), / failed: /);
    console.log(`jobs failover: ${jobs} jobs on one node, all on the survivor ${tookMs.toFixed(0)} ms after SIGKILL`);
  });
});
