// A network thermal printer played by a real TCP server on 127.0.0.1: it keeps every byte it receives and answers
// the ESC/POS real-time status queries (DLE EOT n) with the status it is told to have.
import net from 'node:net';

/** Answer bytes for DLE EOT 1 (printer), 2 (offline cause) and 4 (paper roll sensor). */
export interface StatusBytes {
  printer: number;
  offlineCause: number;
  paperSensor: number;
}

/** Statuses as an Epson-like printer reports them. */
export const PRINTER_STATUSES = {
  normal: { printer: 0x12, offlineCause: 0x12, paperSensor: 0x12 },
  paperNearEnd: { printer: 0x12, offlineCause: 0x12, paperSensor: 0x1e },
  // At paper end the printer stops, goes offline and says why.
  paperEnd: { printer: 0x1a, offlineCause: 0x32, paperSensor: 0x7e },
  coverOpen: { printer: 0x1a, offlineCause: 0x16, paperSensor: 0x12 },
} satisfies Record<string, StatusBytes>;

/**
 * answer: the printer works; hang: it takes connections but neither reads nor answers (like a jammed printer whose
 * buffer is full), so big jobs stall and status queries go unanswered; refuse: nothing listens on the port.
 */
export type TestPrinterMode = 'answer' | 'hang' | 'refuse';

export interface TestPrinter {
  host: string;
  port: number;
  /** Every byte received, over all connections, in order of arrival (a hanging printer receives nothing). */
  readonly received: Uint8Array;
  /** The bytes of each finished connection (one print job or status query each), in order. */
  readonly jobs: readonly Uint8Array[];
  /** Waits until `count` connections have finished and returns their bytes. */
  waitForJobs(count: number): Promise<readonly Uint8Array[]>;
  setStatus(status: StatusBytes): void;
  setMode(mode: TestPrinterMode): Promise<void>;
  close(): Promise<void>;
}

const DLE = 0x10;
const EOT = 0x04;

/**
 * Starts a test printer on a free port of 127.0.0.1.
 * @example const printer = await startTestPrinter(); after(() => printer.close());
 * await printTicket({ host: printer.host, port: printer.port, timeoutMs: 2000 }, bytes);
 */
export async function startTestPrinter(): Promise<TestPrinter> {
  const chunks: Buffer[] = [];
  const jobs: Uint8Array[] = [];
  const waiters: { count: number; resolve: (jobs: readonly Uint8Array[]) => void }[] = [];
  const sockets = new Set<net.Socket>();
  let status: StatusBytes = PRINTER_STATUSES.normal;
  let mode: TestPrinterMode = 'answer';

  const wakeWaiters = (): void => {
    for (const waiter of [...waiters]) {
      if (jobs.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(jobs.slice(0, waiter.count));
      }
    }
  };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    if (mode === 'hang') socket.pause();
    const job: Buffer[] = [];
    let scanned = 0;
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      job.push(chunk);
      // Real-time commands are acted on as they arrive, wherever they fall in the stream (also across chunks).
      const bytes = Buffer.concat(job);
      for (; scanned + 2 < bytes.length; scanned += 1) {
        if (bytes[scanned] !== DLE || bytes[scanned + 1] !== EOT) continue;
        const n = bytes[scanned + 2];
        const answer = n === 1 ? status.printer : n === 2 ? status.offlineCause : n === 4 ? status.paperSensor : undefined;
        if (answer !== undefined) socket.write(Uint8Array.of(answer));
        scanned += 2;
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      jobs.push(new Uint8Array(Buffer.concat(job)));
      wakeWaiters();
    });
  });

  const listen = (port: number): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server.listening) resolve();
      else server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });

  await listen(0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test printer has no TCP address');
  const port = address.port;

  return {
    host: '127.0.0.1',
    port,
    get received() {
      return new Uint8Array(Buffer.concat(chunks));
    },
    get jobs() {
      return jobs;
    },
    waitForJobs(count) {
      return new Promise((resolve) => {
        waiters.push({ count, resolve });
        wakeWaiters();
      });
    },
    setStatus(next) {
      status = next;
    },
    async setMode(next) {
      // Refusing means nothing listens on the port any more, so the connection is actively refused.
      if (next === 'refuse') await stopListening();
      else if (!server.listening) await listen(port);
      mode = next;
    },
    close: stopListening,
  };
}
