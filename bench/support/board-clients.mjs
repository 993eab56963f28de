// A worker thread playing the boards: it opens the SSE streams and notes when each call reaches each board.
// Boards are separate devices in an office; running their 1,000 parsers on the server's own event loop would
// measure the bench's parsing as if it were the server's delivery, so they get a thread (and a core) of their own.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: number; token: string; boards: number; batch?: number; retries?: number }} */
const { port, token, boards, batch = boards, retries = 0 } = workerData;
/** @type {Map<string, number[]>} */
const arrivals = new Map();
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
/** @type {http.ClientRequest[]} */
const requests = [];
const now = () => performance.timeOrigin + performance.now();

/** Opens one board's stream; resolves once it is subscribed. */
const openBoard = () =>
  new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port,
        path: '/api/kolejka/zdarzenia',
        agent,
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`board stream answered ${response.statusCode}`));
          return;
        }
        response.setEncoding('utf8');
        let buffer = '';
        // The stream's first bytes (the retry line) mean the board is subscribed.
        response.once('data', () => resolve(undefined));
        response.on('data', (chunk) => {
          const at = now();
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block.split('\n').find((line) => line.startsWith('data: '));
            if (!data) continue;
            const event = JSON.parse(data.slice(6));
            if (event.kind !== 'ticket.called' || !event.number) continue;
            const times = arrivals.get(event.number) ?? [];
            times.push(at);
            arrivals.set(event.number, times);
            if (times.length === boards) parentPort.postMessage({ type: 'complete', number: event.number });
          }
        });
      },
    );
    request.on('error', reject);
    requests.push(request);
  });
// `batch` at a time (all at once unless told): a node under other load meets its boards as they come.
// A board whose stream was refused (a busy node's 502/503) tries again a second later, as a real one does, up to `retries` times (none unless told).
const openWithRetries = async () => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await openBoard();
    } catch (error) {
      if (attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
};
for (let opened = 0; opened < boards; opened += batch) {
  await Promise.all(Array.from({ length: Math.min(batch, boards - opened) }, openWithRetries));
}
parentPort.postMessage({ type: 'ready' });
parentPort.on('message', (message) => {
  if (message.type !== 'finish') return;
  for (const request of requests) request.destroy();
  agent.destroy();
  parentPort.postMessage({ type: 'arrivals', arrivals: Object.fromEntries(arrivals) });
});
