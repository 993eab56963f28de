// A worker thread playing the residents of the booking burst: one bare keep-alive HTTP/1.1 connection per
// address (127.0.0.2 …), each sending its residents' final booking step one at a time. Residents use their
// own browsers: their HTTP clients must not share the server's event loop, and should take as little of a
// two-core machine's CPU as possible (`bare-http.mjs`).
import { randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { BareConnection } from './bare-http.mjs';

/** @type {{ port: number; addresses: number; attempts: number; serviceId: number; choices: string[]; payloads: string[]; run: string }} */
const { port, addresses, attempts, serviceId, choices, payloads, run } = workerData;

const connections = Array.from({ length: addresses }, (_, k) => new BareConnection({ port, localAddress: `127.0.0.${2 + k}` }));
await Promise.all(connections.map((c) => c.connected()));
parentPort.postMessage({ type: 'ready' });
await new Promise((resolve) => parentPort.once('message', resolve));

/** @type {number[]} */
const latencies = [];
/** @type {Record<number, number>} */
const statuses = {};
const start = performance.now();
// Resident i comes from address i mod the number of addresses: each address sends one attempt at a time.
await Promise.all(
  connections.map(async (connection, address) => {
    for (let i = address; i < attempts; i += addresses) {
      const token = randomBytes(32).toString('base64url');
      const body = new URLSearchParams({
        _csrf: token,
        usluga: String(serviceId),
        termin: choices[i],
        name: '',
        phone: '',
        email: `mieszkaniec.${run}.${i}@example.pl`,
        antiBotPayload: payloads[i],
      }).toString();
      const request =
        `POST /rezerwacja/zarezerwuj HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCookie: okienko_rezerwacja=${token}\r\n\r\n${body}`;
      const started = performance.now();
      const { status } = await connection.send(request);
      latencies.push(performance.now() - started);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }),
);
const seconds = (performance.now() - start) / 1000;
for (const connection of connections) connection.close();
parentPort.postMessage({ type: 'done', latencies, statuses, seconds });
