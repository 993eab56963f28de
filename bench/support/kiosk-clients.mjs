// A worker thread playing the kiosks of the tickets benchmark: each issues tickets over HTTP, one at a time,
// until the deadline. Kiosks are separate devices: their HTTP clients must not share the server's event loop,
// and on a two-core machine they should take as little of its CPU as a kiosk's own computer would take of
// the server's, none. So each kiosk is a bare keep-alive HTTP/1.1 connection writing a request prepared once
// and reading the status line, Content-Length and body (the way load generators such as wrk do), instead of
// node's full HTTP client.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: number; tokens: string[]; serviceId: number; seconds: number }} */
const { port, tokens, serviceId, seconds } = workerData;
const body = JSON.stringify({ serviceId });

/** One kiosk's connection: `issue()` sends the request and resolves with the answer's status and body. */
class Kiosk {
  /** @param {string} token */
  constructor(token) {
    this.request = Buffer.from(
      `POST /api/kiosk/bilety HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    this.socket = net.connect({ host: '127.0.0.1', port, noDelay: true });
    /** @type {Buffer} */
    this.received = Buffer.alloc(0);
    /** @type {((answer: { status: number; text: string }) => void) | null} */
    this.resolve = null;
    /** @type {((error: Error) => void) | null} */
    this.reject = null;
    this.socket.on('data', (chunk) => {
      this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
      this.tryAnswer();
    });
    this.socket.on('error', (error) => this.reject?.(error));
    this.socket.on('close', () => this.reject?.(new Error('the server closed the connection')));
  }

  tryAnswer() {
    const headEnd = this.received.indexOf('\r\n\r\n');
    if (headEnd < 0) return;
    const head = this.received.subarray(0, headEnd).toString('latin1');
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      this.reject?.(new Error(`an answer without Content-Length: ${head.slice(0, 200)}`));
      return;
    }
    const end = headEnd + 4 + Number(length[1]);
    if (this.received.length < end) return;
    const status = Number(head.slice(9, 12));
    const text = this.received.subarray(headEnd + 4, end).toString('utf8');
    this.received = this.received.subarray(end);
    const resolve = this.resolve;
    this.resolve = null;
    this.reject = null;
    resolve?.({ status, text });
  }

  /** @returns {Promise<{ status: number; text: string }>} */
  issue() {
    return new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
      this.socket.write(this.request);
    });
  }

  close() {
    this.socket.removeAllListeners('close');
    this.socket.destroy();
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
await Promise.all(kiosks.map(async (kiosk) => {
  while (Date.now() < deadline) {
    const started = performance.now();
    const answer = await kiosk.issue();
    latencies.push(performance.now() - started);
    const number = answer.status === 201 ? JSON.parse(answer.text).number : undefined;
    if (!number) throw new Error(`issue failed: ${answer.status} ${answer.text.slice(0, 200)}`);
    numbers.push(number);
  }
}));
const elapsed = (performance.now() - start) / 1000;
for (const kiosk of kiosks) kiosk.close();
parentPort.postMessage({ type: 'done', latencies, numbers, elapsed });
