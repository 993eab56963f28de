// Service figures benchmark (issue 18, part 2): a year of a busy office — about 500,000 tickets and 50,000
// booked visits, made in SQL by the demo's history generator, then rolled up as the job `stats.roll_up` does (timed)
// — and the figures page over HTTP as an administrator. Targets: the month page p95 ≤ 300 ms, the year page ≤ 1 s, and the process's RSS growing by
// at most 50 MB while a year of tickets is exported (CSV and XLSX, streamed from a cursor). The pages and exports
// are served by `okienko start` from the production bundle with `npm start`'s flags, in a process of its own, so
// its RSS (read from /proc) is the server's alone. STATS_BENCH_TICKETS sets a smaller year for a quick check (the
// bookings are a tenth of it); the default is the size.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { addQueueHistory } from '../src/app/demo/queue-history.ts';
import { systemActor, systemClock } from '../src/app/shared/deps.ts';
import { rollUpFigures } from '../src/app/stats/index.ts';
import { addDays, officeDate } from '../src/domain/organisation/index.ts';
import { currentOffice } from '../src/storage/office-repository.ts';
import { createSession } from '../src/storage/session-repository.ts';
import { startOkienko, stopOkienko } from '../test/support/okienko-process.ts';
import { createStaff } from '../test/support/server.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';

const TICKETS = Number(process.env.STATS_BENCH_TICKETS ?? 500_000);
const BOOKINGS = Math.round(TICKETS / 10);
const MONTH_REQUESTS = 60;
const YEAR_REQUESTS = 5;
const GROUPINGS = ['service', 'unit', 'desk', 'day', 'hour'] as const;

const queue = await startBenchQueue();
try {
  const { db } = queue;
  const office = await currentOffice(db);
  const to = addDays(officeDate(new Date()), -1);
  const from = addDays(to, -364);
  let workingDays = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (new Date(`${day}T12:00:00Z`).getUTCDay() % 6 !== 0) workingDays += 1;
  const seeding = performance.now();
  await addQueueHistory(db, {
    officeId: office.id,
    from,
    to,
    ticketsPerDay: Math.ceil(TICKETS / workingDays),
    bookingsPerDay: Math.ceil(BOOKINGS / workingDays),
  });
  await sql`VACUUM ANALYZE ticket`.execute(db);
  await sql`VACUUM ANALYZE booking`.execute(db);
  const counts = await sql<{ tickets: string; bookings: string }>`
    SELECT (SELECT count(*) FROM ticket) AS tickets, (SELECT count(*) FROM booking) AS bookings`.execute(db);
  console.log(
    `seeded ${from}…${to} (${workingDays} working days): ${counts.rows[0]!.tickets} tickets, ${counts.rows[0]!.bookings} bookings in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  const rolling = performance.now();
  const { days } = await rollUpFigures({ db, clock: systemClock, actor: systemActor(office.id) });
  await sql`VACUUM ANALYZE stats_cell`.execute(db);
  const cells = await sql<{ n: string }>`SELECT count(*) AS n FROM stats_cell`.execute(db);
  console.log(`rolled up ${days} days into ${cells.rows[0]!.n} cells in ${((performance.now() - rolling) / 1000).toFixed(1)} s`);

  const root = path.resolve(import.meta.dirname, '..');
  if (spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status !== 0) throw new Error('the build failed');
  const server = startOkienko({ DATABASE_URL: queue.connectionString }, { checkout: root });
  const base = await server.ready;
  const rssOf = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))![1]) * 1024;
  const admin = await createStaff(db, ['admin']);
  const session = await createSession(db, admin.id, new Date());
  const headers = { cookie: `okienko_sesja=${session.token}` };
  async function timed(path: string): Promise<number> {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 300)}`);
    return performance.now() - started;
  }

  // The month: the last whole month of the year, every grouping in turn.
  const monthEnd = addDays(`${to.slice(0, 8)}01`, -1);
  const monthStart = `${monthEnd.slice(0, 8)}01`;
  for (const by of GROUPINGS) await timed(`/statystyki?from=${monthStart}&to=${monthEnd}&by=${by}`); // warm: prepared statements
  const month: number[] = [];
  for (let i = 0; i < MONTH_REQUESTS; i += 1)
    month.push(await timed(`/statystyki?from=${monthStart}&to=${monthEnd}&by=${GROUPINGS[i % GROUPINGS.length]}`));
  console.log(
    `month page ${monthStart}…${monthEnd} (${MONTH_REQUESTS}, groupings in turn): p50 ${percentile(month, 50).toFixed(0)} ms, p95 ${percentile(month, 95).toFixed(0)} ms`,
  );

  const year: Record<string, number[]> = {};
  for (const by of GROUPINGS) {
    year[by] = [];
    for (let i = 0; i < YEAR_REQUESTS; i += 1) year[by].push(await timed(`/statystyki?from=${from}&to=${to}&by=${by}`));
    console.log(`year page by ${by}: ${year[by].map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }
  const yearMedians = GROUPINGS.map((by) => percentile(year[by]!, 50));
  const yearMs = Math.max(...yearMedians);

  // The export: RSS sampled every 20 ms while a year of tickets streams; the growth over the RSS just before.
  async function exportGrowth(format: 'csv' | 'xlsx'): Promise<number> {
    const before = rssOf();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf())), 20);
    const started = performance.now();
    const response = await fetch(`${base}/statystyki/bilety.${format}?from=${from}&to=${to}`, { headers });
    if (response.status !== 200) throw new Error(`export answered ${response.status}`);
    let bytes = 0;
    const reader = response.body!.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
    clearInterval(sampler);
    peak = Math.max(peak, rssOf());
    const growth = (peak - before) / 1024 / 1024;
    console.log(
      `year export ${format}: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${(before / 1024 / 1024).toFixed(0)} → peak ${(peak / 1024 / 1024).toFixed(0)} MB (+${growth.toFixed(1)} MB)`,
    );
    return growth;
  }
  const growth = Math.max(await exportGrowth('csv'), await exportGrowth('xlsx'));
  await stopOkienko(server.child);
  console.log(
    `bench stats: month_p95_ms=${percentile(month, 95).toFixed(0)} year_ms=${yearMs.toFixed(0)} export_growth_mb=${growth.toFixed(1)}`,
  );
} finally {
  await queue.close();
}
