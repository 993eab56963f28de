// The open queue feed under its pollers: 1,000 clients (city apps, dashboards, screens of the office's
// neighbours) each asking `/dane/kolejka.json` again as soon as it answered, while a kiosk issues a ticket
// every half second (each queue event ends the kept reading, so the feed is read from the database again).
// The same clients then poll `/healthz`, the cheapest answer of the server, under the same kiosk. Prints both
// rates, `ratio` = feed ÷ healthz (target ≥ 0.5) and the feed's p99 latency.
import { Worker } from 'node:worker_threads';
import { deviceFetch, registerDevice, serviceId } from '../test/support/queue.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';

const CLIENTS = Number(process.argv[2] ?? 1000);
const SECONDS = Number(process.argv[3] ?? 10);
const ISSUE_EVERY_MS = 500;

interface Phase {
  latencies: number[];
  statuses: Record<string, number>;
  seconds: number;
}

const queue = await startBenchQueue();
try {
  const kiosk = deviceFetch(queue.url, (await registerDevice(queue.db, 'kiosk')).token);
  const letters = ['A', 'B', 'C', 'G', 'H'];
  const services = await Promise.all(letters.map((letter) => serviceId(queue.db, letter)));
  await queue.db.updateTable('service').set({ daily_ticket_limit: null }).execute();
  let issued = 0;
  let kioskRunning = true;
  const kioskLoop = (async () => {
    while (kioskRunning) {
      const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: services[issued % services.length] });
      if (response.status !== 201) throw new Error(`the kiosk was refused: ${response.status} ${await response.text()}`);
      issued += 1;
      await new Promise((resolve) => setTimeout(resolve, ISSUE_EVERY_MS));
    }
  })();

  const clients = new Worker(new URL('./support/feed-clients.mjs', import.meta.url), {
    workerData: { port: Number(new URL(queue.url).port), clients: CLIENTS },
  });
  await new Promise<void>((resolve, reject) => {
    clients.once('error', reject);
    clients.once('message', () => resolve());
  });
  const phase = (path: string, seconds: number) =>
    new Promise<Phase>((resolve, reject) => {
      clients.once('error', reject);
      clients.once('message', (message: Phase) => resolve(message));
      clients.postMessage({ path, seconds });
    });

  // A short warm-up of both paths (JIT, prepared statements), then the measured phases.
  await phase('/dane/kolejka.json', 1);
  await phase('/healthz', 1);
  const feed = await phase('/dane/kolejka.json', SECONDS);
  const health = await phase('/healthz', SECONDS);
  kioskRunning = false;
  await kioskLoop;
  clients.postMessage('close');
  await new Promise((resolve) => clients.once('message', resolve));
  await clients.terminate();

  const rate = (p: Phase) => p.latencies.length / p.seconds;
  const failures = (p: Phase) =>
    Object.entries(p.statuses)
      .filter(([status]) => status !== '200')
      .reduce((n, [, count]) => n + count, 0);
  const feedRate = rate(feed);
  const healthRate = rate(health);
  console.log(`clients: ${CLIENTS}, ${SECONDS} s a phase, a ticket issued every ${ISSUE_EVERY_MS} ms (${issued} in all)`);
  console.log(
    `/dane/kolejka.json: ${feedRate.toFixed(0)} req/s, p50 ${percentile(feed.latencies, 50).toFixed(1)} ms, p99 ${percentile(feed.latencies, 99).toFixed(1)} ms, not 200: ${failures(feed)}`,
  );
  console.log(
    `/healthz:           ${healthRate.toFixed(0)} req/s, p50 ${percentile(health.latencies, 50).toFixed(1)} ms, p99 ${percentile(health.latencies, 99).toFixed(1)} ms, not 200: ${failures(health)}`,
  );
  console.log(`bench feed: ratio=${(feedRate / healthRate).toFixed(2)} p99_ms=${percentile(feed.latencies, 99).toFixed(1)}`);
  if (failures(feed) + failures(health) > 0) process.exitCode = 1;
} finally {
  await queue.close();
}
