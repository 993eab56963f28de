// Live delivery to boards: 1,000 SSE clients connected as boards; a desk calls tickets; for each call the
// time from the call request to its event at each board. Prints the p99 across all deliveries and how
// many were missed. Targets: p99 ≤ 100 ms, missed = 0.
import http from 'node:http';
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
  for (let i = 0; i < CALLS; i += 1) await kiosk('POST', '/api/kiosk/bilety', { serviceId: f });
  const staff = await createStaff(db, ['clerk']);
  const session = await createSession(db, staff.id, new Date());
  const clerk = clientFor({ url: queue.url } as never, `okienko_sesja=${session.token}`, session.csrfToken);
  await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: await deskId(db, '5') });

  // Plain http streams (one socket each) rather than fetch: 1,000 parsers in this process must stay cheap.
  const received = new Map<string, number[]>(); // ticket number → arrival times at boards
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const { port } = new URL(queue.url);
  const requests: http.ClientRequest[] = [];
  await Promise.all(Array.from({ length: BOARDS }, () => new Promise<void>((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/api/kolejka/zdarzenia', agent, headers: { authorization: `Bearer ${board.token}`, accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) { reject(new Error(`board stream answered ${response.statusCode}`)); return; }
      response.setEncoding('utf8');
      let buffer = '';
      // The stream's first bytes (the retry line) mean the board is subscribed.
      response.once('data', () => resolve());
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (!data) continue;
          const event = JSON.parse(data.slice(6)) as { kind: string; number?: string };
          if (event.kind === 'ticket.called' && event.number) {
            const times = received.get(event.number) ?? [];
            times.push(performance.now());
            received.set(event.number, times);
          }
        }
      });
    });
    request.on('error', reject);
    requests.push(request);
  })));
  console.log(`${BOARDS} boards connected (${queue.app.deps.queueEvents?.subscriberCount ?? 0} subscribers)`);

  const latencies: number[] = [];
  const callDurations: number[] = [];
  let missed = 0;
  for (let i = 0; i < CALLS; i += 1) {
    const sent = performance.now();
    const call = await (await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {})).json() as { ticketId: number; number: string };
    callDurations.push(performance.now() - sent);
    await clerk.sendJson('POST', `/api/stanowisko/bilety/${call.ticketId}/rozpocznij`, {});
    await clerk.sendJson('POST', `/api/stanowisko/bilety/${call.ticketId}/zakoncz`, { outcome: 'settled' });
    // Give the slowest board a second before counting it as missed.
    const waitUntil = performance.now() + 1000;
    while ((received.get(call.number)?.length ?? 0) < BOARDS && performance.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 10));
    const times = received.get(call.number) ?? [];
    missed += BOARDS - times.length;
    latencies.push(...times.map((t) => t - sent));
  }
  for (const request of requests) request.destroy();
  agent.destroy();
  const p99 = percentile(latencies, 99);
  console.log(`${CALLS} calls × ${BOARDS} boards: ${latencies.length} deliveries, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
  // Measured from the clerk's press, so it includes the call's own transaction (its time is printed apart).
  console.log(`the call request itself (press → answer): p50 ${percentile(callDurations, 50).toFixed(1)} ms`);
  console.log(`bench boards: p99_ms=${p99.toFixed(1)} missed=${missed}`);
} finally {
  await queue.close();
}
