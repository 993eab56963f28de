// A worker thread playing the residents of the booking burst: one bare keep-alive HTTP/1.1 connection per
// address (127.0.0.2 …), each sending its residents' final booking step one at a time. Residents use their
// own browsers: their HTTP clients must not share the server's event loop, and should take as little of a
// two-core machine's CPU as possible, so requests are written as prepared bytes and answers read by status
// line, Content-Length and body (as load generators such as wrk do).
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: number; addresses: number; attempts: number; serviceId: number; slots: string[]; payloads: string[]; run: string }} */
const { port, addresses, attempts, serviceId, slots, payloads, run } = workerData;

class Connection {
  /** @param {string} localAddress */
  constructor(localAddress) {
    this.socket = net.connect({ host: '127.0.0.1', port, localAddress, noDelay: true });
    /** @type {Buffer} */
    this.received = Buffer.alloc(0);
    /** @type {((status: number) => void) | null} */
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
    this.received = this.received.subarray(end);
    const resolve = this.resolve;
    this.resolve = null;
    this.reject = null;
    resolve?.(status);
  }

  /** @param {string} request @returns {Promise<number>} the answer's status */
  send(request) {
    return new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
      this.socket.write(request);
    });
  }

  close() {
    this.socket.removeAllListeners('close');
    this.socket.destroy();
  }
}

const connections = Array.from({ length: addresses }, (_, k) => new Connection(`127.0.0.${2 + k}`));
await Promise.all(connections.map((c) => new Promise((resolve) => c.socket.once('connect', resolve))));
parentPort.postMessage({ type: 'ready' });
await new Promise((resolve) => parentPort.once('message', resolve));

/** @type {number[]} */
const latencies = [];
/** @type {Record<number, number>} */
const statuses = {};
const start = performance.now();
// Resident i comes from address i mod the number of addresses: each address sends one attempt at a time.
await Promise.all(connections.map(async (connection, address) => {
  for (let i = address; i < attempts; i += addresses) {
    const token = randomBytes(32).toString('base64url');
    const body = new URLSearchParams({
      _csrf: token, usluga: String(serviceId), termin: slots[Math.floor(Math.random() * slots.length)], name: '', phone: '',
      email: `mieszkaniec.${run}.${i}@example.pl`, antiBotPayload: payloads[i],
    }).toString();
    const request = `POST /rezerwacja/zarezerwuj HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCookie: okienko_rezerwacja=${token}\r\n\r\n${body}`;
    const started = performance.now();
    const status = await connection.send(request);
    latencies.push(performance.now() - started);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}));
const seconds = (performance.now() - start) / 1000;
for (const connection of connections) connection.close();
parentPort.postMessage({ type: 'done', latencies, statuses, seconds });
