// A worker thread playing the pollers of the open queue feed: one bare keep-alive HTTP/1.1 connection per
// client, each asking its path again as soon as the answer came, for a number of seconds. The same clients
// poll `/healthz` in another phase of the same run, so the two rates compare like for like.
import { parentPort, workerData } from 'node:worker_threads';
import { BareConnection } from './bare-http.mjs';

/** @type {{ port: number; clients: number }} */
const { port, clients } = workerData;

// Several loopback addresses, so that a thousand connections do not crowd one address's ports.
const connections = Array.from({ length: clients }, (_, k) => new BareConnection({ port, localAddress: `127.0.0.${2 + (k % 50)}` }));
await Promise.all(connections.map((c) => c.connected()));
parentPort.postMessage({ type: 'ready' });

parentPort.on('message', async (/** @type {{ path: string; seconds: number } | 'close'} */ message) => {
  if (message === 'close') {
    for (const connection of connections) connection.close();
    parentPort.postMessage({ type: 'closed' });
    return;
  }
  const request = `GET ${message.path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: application/json\r\n\r\n`;
  /** @type {number[]} */
  const latencies = [];
  /** @type {Record<number, number>} */
  const statuses = {};
  const start = performance.now();
  const deadline = start + message.seconds * 1000;
  await Promise.all(
    connections.map(async (connection) => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const { status } = await connection.send(request);
        latencies.push(performance.now() - started);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  parentPort.postMessage({ type: 'done', latencies, statuses, seconds });
});
