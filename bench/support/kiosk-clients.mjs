// A worker thread playing the kiosks of the tickets benchmark: each issues tickets over HTTP, one at a time,
// until the deadline. Kiosks are separate devices: their HTTP clients must not share the server's event loop,
// and on a two-core machine they should take as little of its CPU as a kiosk's own computer would take of
// the server's, none. So each kiosk is a bare keep-alive connection (`bare-http.mjs`) writing a request
// prepared once, instead of node's full HTTP client.
import { parentPort, workerData } from 'node:worker_threads';
import { BareConnection } from './bare-http.mjs';

/** @type {{ port: number; tokens: string[]; serviceIds: number[]; nextLetterAt: number; seconds: number }} */
const { port, tokens, serviceIds, nextLetterAt, seconds } = workerData;
// Every kiosk issues the same letter; all move to the next service once a number reaches `nextLetterAt`
// (a letter has at most 9,999 numbers a day).
let letter = 0;

/** One kiosk: its connection and its request, prepared once per service. */
class Kiosk {
  /** @param {string} token */
  constructor(token) {
    this.requests = serviceIds.map((serviceId) => {
      const body = JSON.stringify({ serviceId });
      return Buffer.from(
        `POST /api/kiosk/bilety HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
    this.connection = new BareConnection({ port });
  }

  /** @returns {Promise<{ status: number; text: string }>} */
  issue() {
    return this.connection.send(this.requests[letter]);
  }

  close() {
    this.connection.close();
  }
}

const kiosks = tokens.map((token) => new Kiosk(token));
// Warm-up: connections, prepared plans, the JIT.
for (let round = 0; round < 5; round += 1) await Promise.all(kiosks.map((kiosk) => kiosk.issue()));
parentPort.postMessage({ type: 'ready' });
await new Promise((resolve) => parentPort.once('message', resolve));
/** @type {number[]} */
const latencies = [];
/** @type {string[]} */
const numbers = [];
const start = performance.now();
const deadline = Date.now() + seconds * 1000;
await Promise.all(
  kiosks.map(async (kiosk) => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const sentLetter = letter;
      const answer = await kiosk.issue();
      latencies.push(performance.now() - started);
      const number = answer.status === 201 ? JSON.parse(answer.text).number : undefined;
      if (!number) throw new Error(`issue failed: ${answer.status} ${answer.text.slice(0, 200)}`);
      numbers.push(number);
      if (Number(number.slice(1)) >= nextLetterAt && sentLetter === letter) letter = (letter + 1) % serviceIds.length;
    }
  }),
);
const elapsed = (performance.now() - start) / 1000;
for (const kiosk of kiosks) kiosk.close();
parentPort.postMessage({ type: 'done', latencies, numbers, elapsed });
