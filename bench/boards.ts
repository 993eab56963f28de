// Live delivery to boards: 1,000 SSE clients connected as boards (in a worker thread, as boards are other
// devices); a desk calls tickets; for each call the time from the call request to its event at each board. Prints the p99 across all deliveries and how
// many were missed. Targets: p99 ≤ 100 ms, missed = 0.
import { Worker } from 'node:worker_threads';
import { createSession } from '../src/storage/session-repository.ts';
import { deskId, deviceFetch, registerDevice, serviceId } from '../test/support/queue.ts';
import { clientFor, createStaff } from '../test/support/server.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';

const BOARDS = Number(process.argv[2] ?? 1000);
const CALLS = Number(process.argv[3] ?? 10);

const queue = await startBenchQueue();
try {
  const { db } = queue;
  const board = await registerDevice(db, 'board');
  const kiosk = deviceFetch(queue.url, (await registerDevice(db, 'kiosk')).token);
  const f = await serviceId(db, 'F');
  for (let i = 0; i < CALLS + 1; i += 1) await kiosk('POST', '/api/kiosk/bilety', { serviceId: f });
  const staff = await createStaff(db, ['clerk']);
  const session = await createSession(db, staff.id, new Date());
  const clerk = clientFor({ url: queue.url } as never, `okienko_sesja=${session.token}`, session.csrfToken);
  await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: await deskId(db, '5') });

  const { port } = new URL(queue.url);
  const clients = new Worker(new URL('./support/board-clients.mjs', import.meta.url), {
    workerData: { port: Number(port), token: board.token, boards: BOARDS },
  });
  const complete = new Set<string>();
  let arrivals: Record<string, number[]> = {};
  const finished = new Promise<void>((resolve) => {
    clients.on('message', (message: { type: string; number?: string; arrivals?: Record<string, number[]> }) => {
      if (message.type === 'complete') complete.add(message.number!);
      if (message.type === 'arrivals') {
        arrivals = message.arrivals!;
        resolve();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    clients.once('error', reject);
    clients.on('message', (message: { type: string }) => {
      if (message.type === 'ready') resolve();
    });
  });
  console.log(`${BOARDS} boards connected in a worker thread (${queue.app.deps.queueEvents?.subscriberCount ?? 0} subscribers)`);

  // Warm-up: one call whose delivery is not counted (the first run of each query plan and code path).
  const warmUp = (await (await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {})).json()) as {
    ticketId: number;
    number: string;
  };
  await clerk.sendJson('POST', `/api/stanowisko/bilety/${warmUp.ticketId}/rozpocznij`, {});
  await clerk.sendJson('POST', `/api/stanowisko/bilety/${warmUp.ticketId}/zakoncz`, { outcome: 'settled' });
  const warmUntil = performance.now() + 1000;
  while (!complete.has(warmUp.number) && performance.now() < warmUntil) await new Promise((resolve) => setTimeout(resolve, 10));

  const sentAt = new Map<string, number>();
  const callDurations: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    const sent = performance.timeOrigin + performance.now();
    const call = (await (await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {})).json()) as {
      ticketId: number;
      number: string;
    };
    callDurations.push(performance.timeOrigin + performance.now() - sent);
    sentAt.set(call.number, sent);
    await clerk.sendJson('POST', `/api/stanowisko/bilety/${call.ticketId}/rozpocznij`, {});
    await clerk.sendJson('POST', `/api/stanowisko/bilety/${call.ticketId}/zakoncz`, { outcome: 'settled' });
    // Give the slowest board a second before counting it as missed.
    const waitUntil = performance.now() + 1000;
    while (!complete.has(call.number) && performance.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  clients.postMessage({ type: 'finish' });
  await finished;
  await clients.terminate();
  const latencies: number[] = [];
  let missed = 0;
  for (const [number, sent] of sentAt) {
    const times = arrivals[number] ?? [];
    missed += BOARDS - times.length;
    const own = times.map((t) => t - sent);
    latencies.push(...own);
    console.log(`  ${number}: first ${Math.min(...own).toFixed(1)} ms, last ${Math.max(...own).toFixed(1)} ms`);
  }
  const p99 = percentile(latencies, 99);
  console.log(
    `${CALLS} calls × ${BOARDS} boards: ${latencies.length} deliveries, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
  );
  // Measured from the clerk's press, so it includes the call's own transaction (its time is printed apart).
  console.log(`the call request itself (press → answer): p50 ${percentile(callDurations, 50).toFixed(1)} ms`);
  console.log(`bench boards: p99_ms=${p99.toFixed(1)} missed=${missed}`);
} finally {
  await queue.close();
}
