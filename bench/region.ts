// A busy Monday morning of a region, on one node and then on two behind HAProxy: BENCH_OFFICES (100) offices,
// each with 10 boards on Server-Sent Events, a kiosk issuing a ticket every 5 s and two desks calling every
// 10 s (call, start, finish), and BENCH_BOOKINGS (50) booking attempts a second at the city hall's Information
// Point, for BENCH_SECONDS (60). The nodes are real `okienko start` processes on one PostgreSQL; the boards run
// in a child process (bench/support/region-boards.mjs) and reconnect with Last-Event-ID as real ones do, the
// other clients on the bench's own event loop. Prints each action's p50/p99, the calls' delivery to their
// office's boards (p99 from the call request to the event at the board, and missed deliveries), errors (5xx
// and failed requests), the nodes' CPU per action (from /proc, as PostgreSQL's) and resident memory; then the
// same on two nodes, and two_node_ratio = actions completed per second on two nodes ÷ on one. With
// BENCH_CPU_PROFILE=<folder> each node writes a V8 CPU profile there when it stops (node --cpu-prof).
import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freeDays, freeTimes } from '../src/app/booking/index.ts';
import { loadDemoData } from '../src/app/demo/load-demo-data.ts';
import { systemActor, systemClock } from '../src/app/shared/deps.ts';
import { openDatabase } from '../src/storage/database.ts';
import { startEmbeddedPostgres } from '../src/storage/embedded-postgres.ts';
import { migrate } from '../src/storage/migrate.ts';
import { currentOffice } from '../src/storage/office-repository.ts';
import { createSession } from '../src/storage/session-repository.ts';
import { startHaproxy, freePort } from '../test/support/haproxy.ts';
import { startOkienko, stopOkienko, type OkienkoProcess } from '../test/support/okienko-process.ts';
import { openAllDay } from '../test/support/queue.ts';
import { createStaff } from '../test/support/server.ts';
import { postgresCpuSeconds } from './support/cpu.ts';
import { percentile } from './support/queue-setup.ts';
import { BOARDS_PER_OFFICE, seedRegion } from './support/region-seed.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const OFFICES = Number(process.env.BENCH_OFFICES ?? 100);
const BOOKINGS_PER_SECOND = Number(process.env.BENCH_BOOKINGS ?? 50);
const KIOSK_EVERY_MS = 5_000;
const DESK_EVERY_MS = 10_000;
const PROFILES = process.env.BENCH_CPU_PROFILE;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const epochNow = () => performance.timeOrigin + performance.now();

/** CPU seconds and resident memory (MB) of one process, from /proc. */
function processUsage(pid: number): { cpu: number; rssMb: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return { cpu: (Number(fields[11]) + Number(fields[12])) / 100, rssMb: Number(rss ?? 0) / 1024 };
  } catch {
    return { cpu: 0, rssMb: 0 };
  }
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'okienko-bench-region-'));
chmodSync(folder, 0o755);
const postgres = await startEmbeddedPostgres({ dataDir: path.join(folder, 'data') });
const connectionString = postgres.connectionString;
await migrate(connectionString);
const db = openDatabase({ connectionString, maxConnections: 10 });
const nodes: OkienkoProcess[] = [];
let balancer: { stop(): void } | undefined;
try {
  // The city hall (the demo office): its Information Point books visits for the region's residents.
  await loadDemoData(db, systemClock);
  await openAllDay(db);
  const cityHall = await currentOffice(db);
  await db.updateTable('service').set({ booking_daily_cap: null }).where('office_id', '=', cityHall.id).execute();
  await db
    .insertInto('booking_policy')
    .values({ office_id: cityHall.id, walk_in_percent: 0, minimum_notice_minutes: 0, email_daily_cap: 50 })
    .onConflict((oc) => oc.column('office_id').doUpdateSet({ walk_in_percent: 0, minimum_notice_minutes: 0, email_daily_cap: 50 }))
    .execute();
  const offices = await seedRegion(db, OFFICES);
  const officeOfDesk = new Map(offices.flatMap((o) => o.clerks.map((c) => [c.deskId, o.id] as const)));
  const clerks = offices.flatMap((o) => o.clerks);
  const infoStaff = await createStaff(db, ['information_point']);
  const infoSession = await createSession(db, infoStaff.id, new Date());
  const info = { cookie: `okienko_sesja=${infoSession.token}`, csrf: infoSession.csrfToken };

  // The free times of the bookable services: each attempt picks one at random (some lose to a racing attempt).
  const deps = { db, clock: systemClock, actor: systemActor(cityHall.id) };
  const bookable = await db
    .selectFrom('service')
    .select('id')
    .where('office_id', '=', cityHall.id)
    .where('bookable_online', '=', true)
    .execute();
  const slots: { serviceId: number; slot: string }[] = [];
  for (const { id } of bookable) {
    for (const day of (await freeDays(deps, { serviceId: id })).days.slice(0, 5)) {
      for (const time of (await freeTimes(deps, { serviceId: id, date: day.date })).times) slots.push({ serviceId: id, slot: time.slot });
    }
  }
  const boardCount = OFFICES * BOARDS_PER_OFFICE;
  console.log(
    `${OFFICES} offices: ${boardCount} boards, ${offices.length} kiosks, ${clerks.length} desks; ` +
      `${BOOKINGS_PER_SECOND} bookings/s over ${slots.length} free times of ${bookable.length} bookable services`,
  );

  const startNode = async (port: number) => {
    const node = startOkienko(
      { DATABASE_URL: connectionString, PORT: String(port), TRUST_PROXY: '1', LOG_LEVEL: 'warn' },
      undefined,
      PROFILES ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROFILES)}`] : [],
    );
    nodes.push(node);
    await node.ready;
    return node;
  };

  interface Figures {
    actions: Record<string, number[]>;
    errors: number;
    errorKinds: Map<string, number>;
    done: number;
    callP99: number;
    callP50: number;
    missed: number;
    calls: number;
    reconnects: number;
    cpuPerActionMs: { nodes: number; postgres: number };
    rssMb: number[];
    seconds: number;
  }

  /** The boards in their child process, subscribed through `base`; `finish` returns what reached them. */
  async function startBoards(base: string) {
    const child = fork(new URL('./support/region-boards.mjs', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`the boards' process ended (${code})`))),
    );
    const answer = <T>(type: string) =>
      Promise.race([new Promise<T>((resolve) => child.on('message', (m: { type: string }) => m.type === type && resolve(m as T))), exited]);
    child.send({ type: 'start', port: Number(new URL(base).port), boards: offices.flatMap((o) => o.boards), batch: 50 });
    await answer('ready');
    return {
      async finish() {
        child.send({ type: 'finish' });
        return answer<{ arrivals: Record<string, number[]>; reconnects: number; refused: number }>('arrivals');
      },
    };
  }

  async function phase(base: string, pids: number[]): Promise<Figures> {
    const actions: Record<string, number[]> = { issue: [], call: [], start: [], finish: [], booking: [] };
    let errors = 0;
    const errorKinds = new Map<string, number>();
    const countError = (kind: string) => {
      errors += 1;
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    };
    const timed = async (action: string, run: () => Promise<Response>): Promise<Response | null> => {
      const started = performance.now();
      try {
        const response = await run();
        actions[action]!.push(performance.now() - started);
        if (response.status >= 500) countError(`${action} ${response.status}`);
        return response;
      } catch (error) {
        countError(`${action} ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : 'failed'}`);
        return null;
      }
    };
    const boards = await startBoards(base);
    // ticket id → when its call was sent, and the office whose boards must show it
    const callSent = new Map<number, { at: number; officeId: number }>();
    const before = { nodes: pids.map((pid) => processUsage(pid).cpu), pg: postgresCpuSeconds() };
    const startedAt = performance.now();
    const endAt = startedAt + SECONDS * 1000;
    const loops: Promise<void>[] = [];
    // Kiosks and desks start spread over their period, as real ones do.
    offices.forEach((office, i) =>
      loops.push(
        (async () => {
          await wait((i / offices.length) * KIOSK_EVERY_MS);
          for (let k = 0; performance.now() < endAt; k += 1) {
            const next = performance.now() + KIOSK_EVERY_MS;
            const serviceId = office.serviceIds[k % office.serviceIds.length]!;
            const response = await timed('issue', () =>
              fetch(`${base}/api/kiosk/bilety`, {
                method: 'POST',
                headers: { authorization: `Bearer ${office.kiosk}`, 'content-type': 'application/json' },
                body: JSON.stringify({ serviceId }),
              }),
            );
            await response?.text();
            await wait(Math.max(0, Math.min(next, endAt) - performance.now()));
          }
        })(),
      ),
    );
    clerks.forEach((clerk, i) =>
      loops.push(
        (async () => {
          const send = (url: string, body: unknown) =>
            fetch(`${base}${url}`, {
              method: 'POST',
              headers: { cookie: clerk.cookie, 'x-csrf-token': clerk.csrf, 'content-type': 'application/json', accept: 'application/json' },
              body: JSON.stringify(body),
            });
          await wait((i / clerks.length) * DESK_EVERY_MS);
          while (performance.now() < endAt) {
            const next = performance.now() + DESK_EVERY_MS;
            const sentAt = epochNow();
            const response = await timed('call', () => send('/api/stanowisko/wezwij-nastepny', {}));
            const called = response?.status === 200 ? ((await response.json()) as { ticketId?: number | null }) : null;
            if (!called) await response?.text();
            if (typeof called?.ticketId === 'number') {
              callSent.set(called.ticketId, { at: sentAt, officeId: officeOfDesk.get(clerk.deskId)! });
              await (await timed('start', () => send(`/api/stanowisko/bilety/${called.ticketId}/rozpocznij`, {})))?.text();
              await (
                await timed('finish', () => send(`/api/stanowisko/bilety/${called.ticketId}/zakoncz`, { outcome: 'settled' }))
              )?.text();
            }
            await wait(Math.max(0, Math.min(next, endAt) - performance.now()));
          }
        })(),
      ),
    );
    let attempt = 0;
    loops.push(
      (async () => {
        if (BOOKINGS_PER_SECOND <= 0 || slots.length === 0) return;
        const every = 1000 / BOOKINGS_PER_SECOND;
        const inFlight: Promise<void>[] = [];
        for (let at = startedAt; at < endAt; at += every) {
          await wait(Math.max(0, at - performance.now()));
          const k = (attempt += 1);
          const choice = slots[Math.floor(Math.random() * slots.length)]!;
          const body = new URLSearchParams({
            _csrf: info.csrf,
            service: String(choice.serviceId),
            time: choice.slot,
            name: 'Jan Testowy',
            email: `region.${process.pid}.${k}@example.pl`,
            phone: `600${String(k % 1_000_000).padStart(6, '0')}`,
            locale: 'pl',
          });
          inFlight.push(
            timed('booking', () =>
              fetch(`${base}/punkt-informacyjny/rezerwacja`, {
                method: 'POST',
                redirect: 'manual',
                headers: { cookie: info.cookie, 'content-type': 'application/x-www-form-urlencoded' },
                body,
              }),
            ).then(async (response) => {
              await response?.text();
            }),
          );
        }
        await Promise.all(inFlight);
      })(),
    );
    await Promise.all(loops);
    const seconds = (performance.now() - startedAt) / 1000;
    const after = { nodes: pids.map((pid) => processUsage(pid).cpu), pg: postgresCpuSeconds() };
    // The last calls' events may still be on their way to some boards (or a board reconnecting).
    await wait(3_000);
    const { arrivals, reconnects } = await boards.finish();
    const deliveries: number[] = [];
    let missed = 0;
    for (const [ticketId, sent] of callSent) {
      const times = arrivals[String(ticketId)] ?? [];
      missed += BOARDS_PER_OFFICE - times.length;
      for (const t of times) deliveries.push(t - sent.at);
    }
    const done = Object.values(actions).reduce((sum, list) => sum + list.length, 0);
    const nodeCpu = after.nodes.reduce((sum, cpu, i) => sum + cpu - before.nodes[i]!, 0);
    return {
      actions,
      errors,
      errorKinds,
      done,
      callP50: percentile(deliveries, 50),
      callP99: percentile(deliveries, 99),
      missed,
      calls: callSent.size,
      reconnects,
      cpuPerActionMs: { nodes: (1000 * nodeCpu) / done, postgres: (1000 * (after.pg - before.pg)) / done },
      rssMb: pids.map((pid) => processUsage(pid).rssMb),
      seconds,
    };
  }

  const print = (label: string, f: Figures) => {
    console.log(`\n== ${label}: ${f.done} actions in ${f.seconds.toFixed(1)} s (${(f.done / f.seconds).toFixed(1)}/s) ==`);
    for (const [action, list] of Object.entries(f.actions)) {
      console.log(
        `  ${action.padEnd(8)} ${String(list.length).padStart(6)}  p50 ${percentile(list, 50).toFixed(1).padStart(7)} ms  p99 ${percentile(list, 99).toFixed(1).padStart(7)} ms`,
      );
    }
    console.log(
      `  calls to their office's ${BOARDS_PER_OFFICE} boards: ${f.calls} calls, delivery p50 ${f.callP50.toFixed(1)} ms, ` +
        `p99 ${f.callP99.toFixed(1)} ms, missed ${f.missed} (board reconnects ${f.reconnects})`,
    );
    console.log(
      `  errors (5xx or failed): ${f.errors}${f.errors > 0 ? ` (${[...f.errorKinds].map(([kind, n]) => `${kind} ×${n}`).join(', ')})` : ''}`,
    );
    console.log(
      `  CPU per action (all actions mixed): nodes ${f.cpuPerActionMs.nodes.toFixed(2)} ms, PostgreSQL ${f.cpuPerActionMs.postgres.toFixed(2)} ms`,
    );
    console.log(`  resident memory: ${f.rssMb.map((mb) => `${mb.toFixed(0)} MB`).join(', ')}`);
  };

  const ports = [await freePort(), await freePort()];
  const first = await startNode(ports[0]!);
  // Every clerk opens their desk (the desk session lives in the database: it holds on either node).
  for (const clerk of clerks) {
    const opened = await fetch(`http://127.0.0.1:${ports[0]}/api/stanowisko/otworz`, {
      method: 'POST',
      headers: { cookie: clerk.cookie, 'x-csrf-token': clerk.csrf, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ deskId: clerk.deskId }),
    });
    if (opened.status !== 201) throw new Error(`opening desk ${clerk.deskId} answered ${opened.status}: ${await opened.text()}`);
  }
  const one = await phase(`http://127.0.0.1:${ports[0]}`, [first.child.pid!]);
  print('one node', one);

  // The first node's backlog drains before the second phase: both nodes answer /readyz within 200 ms.
  const settle = async () => {
    for (const port of ports) {
      for (;;) {
        const started = performance.now();
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
        if (ready?.status === 200 && performance.now() - started < 200) break;
        await wait(1_000);
      }
    }
  };
  const second = await startNode(ports[1]!);
  await settle();
  const haproxy = await startHaproxy(
    folder,
    ports.map((p) => `127.0.0.1:${p}`),
  );
  balancer = haproxy;
  const two = await phase(haproxy.url, [first.child.pid!, second.child.pid!]);
  print('two nodes behind HAProxy', two);

  const ratio = two.done / two.seconds / (one.done / one.seconds);
  console.log(
    `\nbench region: call_p99_ms=${one.callP99.toFixed(1)} missed=${one.missed} errors=${one.errors} two_node_ratio=${ratio.toFixed(2)}`,
  );
} finally {
  balancer?.stop();
  await Promise.all(nodes.map((node) => stopOkienko(node.child)));
  await db.destroy();
  await postgres.stop();
  rmSync(folder, { recursive: true, force: true });
}
