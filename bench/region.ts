// A busy Monday morning of a region, on one node and then on two behind HAProxy: 1,000 boards on Server-Sent
// Events, 100 kiosks issuing (one ticket each every 5 s), 200 desks calling (each every 10 s: call, start,
// finish) and 50 booking attempts a second (the Information Point's phone booking), for BENCH_SECONDS (60).
// The nodes are real `okienko start` processes on one PostgreSQL; the boards run in a worker thread, the
// other clients on the bench's own event loop. Prints each action's p50/p99, the calls' delivery to every
// board (p99 from the call request to the event at the board, and missed deliveries), errors (5xx and
// failed requests), CPU per request (nodes and PostgreSQL) and the nodes' resident memory; then the same on two
// nodes, and two_node_ratio = actions completed per second on two nodes ÷ on one.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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
import { openAllDay, registerDevice } from '../test/support/queue.ts';
import { createStaff } from '../test/support/server.ts';
import { postgresCpuSeconds } from './support/cpu.ts';
import { percentile } from './support/queue-setup.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const BOARDS = Number(process.env.BENCH_BOARDS ?? 1000);
const KIOSKS = 100;
const DESKS = 200;
const BOOKINGS_PER_SECOND = 50;
const KIOSK_EVERY_MS = 5_000;
const DESK_EVERY_MS = 10_000;

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
  await loadDemoData(db, systemClock);
  await openAllDay(db);
  const office = await currentOffice(db);
  await db.updateTable('service').set({ daily_ticket_limit: null, booking_daily_cap: null }).execute();
  await db
    .insertInto('booking_policy')
    .values({ office_id: office.id, walk_in_percent: 0, minimum_notice_minutes: 0, email_daily_cap: 50 })
    .onConflict((oc) => oc.column('office_id').doUpdateSet({ walk_in_percent: 0, minimum_notice_minutes: 0, email_daily_cap: 50 }))
    .execute();

  // 200 desks serving every walk-in service, each with its own clerk's session.
  const services = await db.selectFrom('service').select(['id']).where('office_id', '=', office.id).execute();
  const model = await db.selectFrom('desk').select(['building_id', 'floor']).orderBy('id').limit(1).executeTakeFirstOrThrow();
  const desks = await db
    .insertInto('desk')
    .values(
      Array.from({ length: DESKS }, (_, i) => ({
        office_id: office.id,
        building_id: model.building_id,
        floor: model.floor,
        number: `R${i + 1}`,
      })),
    )
    .returning('id')
    .execute();
  await db
    .insertInto('desk_service')
    .values(desks.flatMap((desk) => services.map((service) => ({ desk_id: desk.id, service_id: service.id }))))
    .execute();
  // The clerks' accounts share one password hash (their password is never used: sessions are opened directly).
  const template = await createStaff(db, ['clerk']);
  const { password_hash } = await db.selectFrom('staff').select('password_hash').where('id', '=', template.id).executeTakeFirstOrThrow();
  const clerkRows = await db
    .insertInto('staff')
    .values(desks.map((_, i) => ({ office_id: office.id, login: `bench.clerk.${i + 1}`, full_name: `Urzędnik ${i + 1}`, password_hash })))
    .returning('id')
    .execute();
  await db
    .insertInto('staff_role')
    .values(clerkRows.map((row) => ({ staff_id: row.id, role: 'clerk' })))
    .execute();
  const clerks: { deskId: number; cookie: string; csrf: string }[] = [];
  for (const [i, desk] of desks.entries()) {
    const session = await createSession(db, clerkRows[i]!.id, new Date());
    clerks.push({ deskId: desk.id, cookie: `okienko_sesja=${session.token}`, csrf: session.csrfToken });
  }
  const kiosks = await Promise.all(Array.from({ length: KIOSKS }, async () => (await registerDevice(db, 'kiosk')).token));
  const boardToken = (await registerDevice(db, 'board')).token;
  const infoStaff = await createStaff(db, ['information_point']);
  const infoSession = await createSession(db, infoStaff.id, new Date());
  const info = { cookie: `okienko_sesja=${infoSession.token}`, csrf: infoSession.csrfToken };

  // The free times of the bookable services: each attempt picks one at random (some lose to a racing attempt).
  const deps = { db, clock: systemClock, actor: systemActor(office.id) };
  const bookable = await db.selectFrom('service').select('id').where('bookable_online', '=', true).execute();
  const slots: { serviceId: number; slot: string }[] = [];
  for (const { id } of bookable) {
    for (const day of (await freeDays(deps, { serviceId: id })).days.slice(0, 5)) {
      for (const time of (await freeTimes(deps, { serviceId: id, date: day.date })).times) slots.push({ serviceId: id, slot: time.slot });
    }
  }
  console.log(`${DESKS} desks, ${KIOSKS} kiosks, ${BOARDS} boards, ${slots.length} free times of ${bookable.length} bookable services`);

  const startNode = async (port: number) => {
    const node = startOkienko({ DATABASE_URL: connectionString, PORT: String(port), TRUST_PROXY: '1', LOG_LEVEL: 'warn' });
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
    cpuPerRequestMs: { nodes: number; postgres: number };
    rssMb: number[];
    seconds: number;
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
    const clients = new Worker(new URL('./support/board-clients.mjs', import.meta.url), {
      workerData: { port: Number(new URL(base).port), token: boardToken, boards: BOARDS, batch: 50, retries: 30 },
    });
    const arrivalsReady = new Promise<Record<string, number[]>>((resolve) => {
      clients.on('message', (message: { type: string; arrivals?: Record<string, number[]> }) => {
        if (message.type === 'arrivals') resolve(message.arrivals!);
      });
    });
    await new Promise<void>((resolve, reject) => {
      clients.once('error', reject);
      clients.on('message', (message: { type: string }) => {
        if (message.type === 'ready') resolve();
      });
    });
    const callSentAt = new Map<string, number>();
    const before = { nodes: pids.map((pid) => processUsage(pid).cpu), pg: postgresCpuSeconds() };
    const startedAt = performance.now();
    const endAt = startedAt + SECONDS * 1000;
    const loops: Promise<void>[] = [];
    // Kiosks and desks start spread over their period, as real ones do.
    kiosks.forEach((token, i) =>
      loops.push(
        (async () => {
          await wait((i / KIOSKS) * KIOSK_EVERY_MS);
          while (performance.now() < endAt) {
            const next = performance.now() + KIOSK_EVERY_MS;
            const service = services[i % services.length]!;
            const response = await timed('issue', () =>
              fetch(`${base}/api/kiosk/bilety`, {
                method: 'POST',
                headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                body: JSON.stringify({ serviceId: service.id }),
              }),
            );
            await response?.text();
            await wait(Math.max(0, next - performance.now()));
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
          await wait((i / DESKS) * DESK_EVERY_MS);
          while (performance.now() < endAt) {
            const next = performance.now() + DESK_EVERY_MS;
            const sentAt = epochNow();
            const response = await timed('call', () => send('/api/stanowisko/wezwij-nastepny', {}));
            const called = response?.status === 200 ? ((await response.json()) as { ticketId?: number; number?: string }) : null;
            if (!called) await response?.text();
            if (called?.ticketId !== undefined && called.number !== undefined) {
              callSentAt.set(called.number, sentAt);
              await (await timed('start', () => send(`/api/stanowisko/bilety/${called.ticketId}/rozpocznij`, {})))?.text();
              await (
                await timed('finish', () => send(`/api/stanowisko/bilety/${called.ticketId}/zakoncz`, { outcome: 'settled' }))
              )?.text();
            }
            await wait(Math.max(0, next - performance.now()));
          }
        })(),
      ),
    );
    let attempt = 0;
    loops.push(
      (async () => {
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
    // The last calls' events may still be on their way to some boards.
    await wait(2_000);
    clients.postMessage({ type: 'finish' });
    const arrivals = await arrivalsReady;
    await clients.terminate();
    const deliveries: number[] = [];
    let missed = 0;
    for (const [number, sentAt] of callSentAt) {
      const times = arrivals[number] ?? [];
      missed += BOARDS - times.length;
      for (const t of times) deliveries.push(t - sentAt);
    }
    const requests = Object.values(actions).reduce((sum, list) => sum + list.length, 0);
    const nodeCpu = after.nodes.reduce((sum, cpu, i) => sum + cpu - before.nodes[i]!, 0);
    return {
      actions,
      errors,
      errorKinds,
      done: requests,
      callP50: percentile(deliveries, 50),
      callP99: percentile(deliveries, 99),
      missed,
      calls: callSentAt.size,
      cpuPerRequestMs: { nodes: (1000 * nodeCpu) / requests, postgres: (1000 * (after.pg - before.pg)) / requests },
      rssMb: pids.map((pid) => processUsage(pid).rssMb),
      seconds,
    };
  }

  const print = (label: string, f: Figures) => {
    console.log(`\n== ${label}: ${f.done} requests in ${f.seconds.toFixed(1)} s (${(f.done / f.seconds).toFixed(1)}/s) ==`);
    for (const [action, list] of Object.entries(f.actions)) {
      console.log(
        `  ${action.padEnd(8)} ${String(list.length).padStart(6)}  p50 ${percentile(list, 50).toFixed(1).padStart(7)} ms  p99 ${percentile(list, 99).toFixed(1).padStart(7)} ms`,
      );
    }
    console.log(
      `  calls to ${BOARDS} boards: ${f.calls} calls, delivery p50 ${f.callP50.toFixed(1)} ms, p99 ${f.callP99.toFixed(1)} ms, missed ${f.missed}`,
    );
    console.log(
      `  errors (5xx or failed): ${f.errors}${f.errors > 0 ? ` (${[...f.errorKinds].map(([kind, n]) => `${kind} ×${n}`).join(', ')})` : ''}`,
    );
    console.log(
      `  CPU per request (all actions mixed): nodes ${f.cpuPerRequestMs.nodes.toFixed(2)} ms, PostgreSQL ${f.cpuPerRequestMs.postgres.toFixed(2)} ms`,
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
