import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startJobs, type ScheduledJob } from '../../src/app/jobs/scheduler.ts';
import { SessionJobLocks } from '../../src/storage/job-lock.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { testClock } from '../support/booking.ts';

// Two schedulers on one database stand for two nodes: each job runs on one of them only, and when that one's
// connection dies (as when its process is killed) the other takes the jobs over at its next claim.

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the background jobs shared by the nodes on one database', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database.drop();
  });

  it('gives each job lock to one connection; a closed or dropped connection frees its locks', async () => {
    const first = new SessionJobLocks(database.connectionString, 'okienko jobs test first');
    const second = new SessionJobLocks(database.connectionString, 'okienko jobs test second');
    assert.deepEqual(await first.claim(['a.job', 'b.job']), ['a.job', 'b.job']);
    // Claiming again takes nothing twice; the other connection gets none of them.
    assert.deepEqual(await first.claim(['a.job', 'b.job']), []);
    assert.deepEqual(await second.claim(['a.job', 'b.job', 'c.job']), ['c.job']);
    assert.equal(await first.holds('a.job'), true);
    assert.equal(await second.holds('a.job'), false);
    assert.equal(await first.holds('c.job'), false);
    // The server ends the first connection (a killed node): its locks are free, and it knows it holds none.
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'okienko jobs test first'`.execute(
      database.db,
    );
    await wait(200);
    assert.equal(await first.holds('a.job'), false);
    assert.deepEqual(await second.claim(['a.job', 'b.job', 'c.job']), ['a.job', 'b.job']);
    // The first reconnects on its next claim and finds everything taken.
    assert.deepEqual(await first.claim(['a.job', 'b.job', 'c.job']), []);
    await second.close();
    assert.deepEqual(await first.claim(['a.job', 'b.job', 'c.job']), ['a.job', 'b.job', 'c.job']);
    await first.close();
  });

  it('runs every job on one node only, and on the survivor within the claim interval once that node is gone', async () => {
    const runs: { node: string; job: string }[] = [];
    const jobs = (node: string): ScheduledJob[] =>
      ['test.every_50ms', 'test.every_80ms'].map((name) => ({
        name,
        everyMs: Number(name.slice(-4, -2)),
        run: async () => {
          runs.push({ node, job: name });
          return null;
        },
      }));
    const context = { db: database.db, clock: testClock('2026-12-01T10:00:00Z') };
    const lockOne = new SessionJobLocks(database.connectionString, 'okienko jobs node one');
    // The first node "killed": the server ends its connection and it never claims again (a dead process would
    // not), while its timers keep ticking to show that it runs nothing without the locks.
    let oneKilled = false;
    const locks = {
      one: {
        claim: (names: readonly string[]) => (oneKilled ? Promise.resolve([]) : lockOne.claim(names)),
        holds: (name: string) => lockOne.holds(name),
        close: () => lockOne.close(),
      },
      two: new SessionJobLocks(database.connectionString),
    };
    const logged: string[] = [];
    const one = startJobs(context, jobs('one'), (level, message) => logged.push(`one ${level}: ${message}`), {
      locks: locks.one,
      claimEveryMs: 300,
    });
    await wait(150);
    const two = startJobs(context, jobs('two'), (level, message) => logged.push(`two ${level}: ${message}`), {
      locks: locks.two,
      claimEveryMs: 300,
    });
    await wait(1_000);
    const before = runs.length;
    assert.ok(before >= 10, `the jobs ran ${before} times in a second`);
    assert.deepEqual(new Set(runs.map((r) => r.node)), new Set(['one']), 'only the first node ran them');
    assert.ok(logged.includes('one info: Background jobs now run on this node: test.every_50ms, test.every_80ms.'), logged.join('\n'));

    oneKilled = true;
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'okienko jobs node one'`.execute(database.db);
    const killedAt = runs.length;
    await wait(1_000);
    const after = runs.slice(killedAt);
    const byTwo = after.filter((r) => r.node === 'two');
    assert.ok(byTwo.length >= 5, `the survivor ran ${byTwo.length} times`);
    assert.deepEqual(new Set(byTwo.map((r) => r.job)), new Set(['test.every_50ms', 'test.every_80ms']));
    assert.deepEqual(
      after.filter((r) => r.node === 'one'),
      [],
    );
    // Stopping the holder gives the jobs back at once: the first node, alive again, takes them at its next claim.
    oneKilled = false;
    await two.stop();
    const stoppedAt = runs.length;
    await wait(700);
    assert.ok(
      runs.slice(stoppedAt).some((r) => r.node === 'one'),
      'the first node resumed the jobs',
    );
    await one.stop();
  });
});
