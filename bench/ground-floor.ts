// Ground-floor alerts (seed 7.1): 50 desk panels connected to their event streams, half on this process and half
// on a second process of the same database (as a second node would be); the Information Point registers 10 calls
// for a matter all 50 desks serve; for each call the time from the Information Point's press to the alert at each
// panel. Prints the p99 across all deliveries and how many were missed. Targets: p99 ≤ 1000 ms, missed = 0.
import { createSession } from '../src/storage/session-repository.ts';
import { currentOffice } from '../src/storage/office-repository.ts';
import { serviceId } from '../test/support/queue.ts';
import { clientFor, createStaff, startSecondProcess, type StaffClient, type TestServer } from '../test/support/server.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';

const PANELS = Number(process.argv[2] ?? 50);
const ALERTS = Number(process.argv[3] ?? 10);
const MISSED_AFTER_MS = 5000;

/** A desk panel's event stream, read as the browser's EventSource would: the arrival time of each call it is told of. */
async function panelStream(url: string, cookie: string, arrivals: Map<number, number[]>, ready: () => void): Promise<() => void> {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/stanowisko/zdarzenia`, {
    headers: { accept: 'text/event-stream', cookie },
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`panel stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const seen = new Set<number>();
  let first = true;
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!block.includes('event: groundFloor')) continue;
          const data = block
            .split('\n')
            .find((l) => l.startsWith('data: '))!
            .slice(6);
          const at = performance.timeOrigin + performance.now();
          for (const r of (JSON.parse(data) as { requests: { id: number; status: string }[] }).requests) {
            if (r.status !== 'registered' || seen.has(r.id)) continue;
            seen.add(r.id);
            arrivals.set(r.id, [...(arrivals.get(r.id) ?? []), at]);
          }
          if (first) {
            first = false;
            ready();
          }
        }
      }
    } catch {
      // Aborted at the end.
    }
  })();
  return () => controller.abort();
}

const queue = await startBenchQueue();
const second = await startSecondProcess({ connectionString: queue.connectionString } as TestServer);
const closers: (() => void)[] = [];
try {
  const { db } = queue;
  const office = await currentOffice(db);
  const building = await db.selectFrom('building').select('id').where('office_id', '=', office.id).orderBy('id').executeTakeFirstOrThrow();
  const a = await serviceId(db, 'A');
  const session = async (roles: ['clerk'] | ['information_point'], url: string): Promise<StaffClient> => {
    const staff = await createStaff(db, roles);
    const s = await createSession(db, staff.id, new Date());
    return clientFor({ url } as TestServer, `okienko_sesja=${s.token}`, s.csrfToken);
  };
  const arrivals = new Map<number, number[]>();
  let connected = 0;
  const allReady = new Promise<void>((resolve) => {
    const ready = () => {
      connected += 1;
      if (connected === PANELS) resolve();
    };
    void (async () => {
      for (let i = 0; i < PANELS; i += 1) {
        const desk = await db
          .insertInto('desk')
          .values({ office_id: office.id, building_id: building.id, floor: 1, number: `GF${i + 1}` })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db.insertInto('desk_service').values({ desk_id: desk.id, service_id: a }).execute();
        const url = i % 2 === 0 ? queue.url : second.url;
        const clerk = await session(['clerk'], url);
        const opened = await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: desk.id });
        if (opened.status !== 201) throw new Error(`opening a desk answered ${opened.status}`);
        closers.push(await panelStream(url, clerk.cookie, arrivals, ready));
      }
    })();
  });
  await allReady;
  console.log(`${PANELS} desk panels connected (${Math.ceil(PANELS / 2)} on this process, ${Math.floor(PANELS / 2)} on a second one)`);
  const ip = await session(['information_point'], queue.url);
  const room = await db.selectFrom('room').select('room.id').where('floor', '=', 0).orderBy('id').executeTakeFirstOrThrow();
  const form = { service: String(a), reason: 'wheelchair', room: String(room.id), ticket: '' };
  const register = async (): Promise<{ id: number; sent: number; took: number }> => {
    const sent = performance.timeOrigin + performance.now();
    const response = await ip.postForm('/punkt-informacyjny/parter', form);
    const took = performance.timeOrigin + performance.now() - sent;
    if (response.status !== 303) throw new Error(`registering answered ${response.status}`);
    const row = await db.selectFrom('ground_floor_request').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    return { id: row.id, sent, took };
  };
  const waitFor = async (id: number) => {
    const until = performance.now() + MISSED_AFTER_MS;
    while ((arrivals.get(id)?.length ?? 0) < PANELS && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  // Warm-up: one call not counted (the first run of each statement and code path).
  await waitFor((await register()).id);

  const latencies: number[] = [];
  const requestTimes: number[] = [];
  let missed = 0;
  for (let i = 0; i < ALERTS; i += 1) {
    const { id, sent, took } = await register();
    requestTimes.push(took);
    await waitFor(id);
    const own = (arrivals.get(id) ?? []).map((t) => t - sent);
    missed += PANELS - own.length;
    latencies.push(...own);
    console.log(`  call #${id}: ${own.length} panels, first ${Math.min(...own).toFixed(1)} ms, last ${Math.max(...own).toFixed(1)} ms`);
  }
  const p99 = percentile(latencies, 99);
  console.log(
    `${ALERTS} calls × ${PANELS} panels: ${latencies.length} deliveries, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
  );
  // Measured from the Information Point's press, so it includes the registration's own transaction.
  console.log(`the registration itself (press → answer): p50 ${percentile(requestTimes, 50).toFixed(1)} ms`);
  console.log(`bench ground-floor: p99_ms=${p99.toFixed(1)} missed=${missed}`);
} finally {
  for (const close of closers) close();
  await second.close();
  await queue.close();
}
