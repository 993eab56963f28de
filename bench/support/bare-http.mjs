// A bare keep-alive HTTP/1.1 connection for the benchmarks' clients (kiosks, residents): requests are
// written as prepared bytes and answers read by status line, Content-Length and body, as load generators
// such as wrk do, so the clients take as little of a two-core machine's CPU as possible. One request at a time.
import net from 'node:net';

export class BareConnection {
  /** @param {{ port: number; localAddress?: string }} options */
  constructor({ port, localAddress }) {
    this.socket = net.connect({ host: '127.0.0.1', port, localAddress, noDelay: true });
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

  /** Resolves once the socket is connected. @returns {Promise<void>} */
  connected() {
    return new Promise((resolve) => {
      if (this.socket.readyState === 'open') resolve();
      else this.socket.once('connect', () => resolve());
    });
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

  /** Sends a whole request and resolves with the answer's status and body. @param {string | Buffer} request @returns {Promise<{ status: number; text: string }>} */
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
