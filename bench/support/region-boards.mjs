// The boards of `bench region`, in a child process of their own (forked with IPC), so that parsing 1,000
// streams neither slows the bench's clients nor counts as the node's work. Each board follows its office's
// stream with its own device token and, as a real board does, reconnects a second after its stream ends,
// with Last-Event-ID, so it misses nothing. Notes when each call (by ticket id) reaches each board.
import http from 'node:http';

/** @type {Map<number, number[]>} ticket id → arrival times (epoch ms), one per board */
const arrivals = new Map();
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
/** @type {Set<http.ClientRequest>} */
const open = new Set();
const now = () => performance.timeOrigin + performance.now();
let finished = false;
let reconnects = 0;
let refused = 0;

/**
 * One board: opens its stream and keeps it open until the end; `subscribed` resolves once the first
 * connection answered.
 * @param {{ port: number; token: string }} board
 */
function follow({ port, token }) {
  /** @type {Set<number>} */
  const seen = new Set();
  let lastEventId = null;
  let resolveSubscribed;
  const subscribed = new Promise((resolve) => (resolveSubscribed = resolve));
  const connect = () => {
    if (finished) return;
    const headers = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
    if (lastEventId !== null) headers['last-event-id'] = lastEventId;
    const again = () => {
      open.delete(request);
      if (finished) return;
      reconnects += 1;
      setTimeout(connect, 1000);
    };
    const request = http.get({ host: '127.0.0.1', port, path: '/api/kolejka/zdarzenia', agent, headers }, (response) => {
      if (response.statusCode !== 200) {
        refused += 1;
        response.resume();
        response.on('end', again);
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.once('data', () => resolveSubscribed());
      response.on('data', (chunk) => {
        const at = now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let data = null;
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) lastEventId = line.slice(4);
            else if (line.startsWith('data: ')) data = line.slice(6);
          }
          if (data === null || !data.includes('"ticket.called"')) continue;
          const event = JSON.parse(data);
          if (event.kind !== 'ticket.called' || typeof event.ticketId !== 'number' || seen.has(event.ticketId)) continue;
          seen.add(event.ticketId);
          const times = arrivals.get(event.ticketId) ?? [];
          times.push(at);
          arrivals.set(event.ticketId, times);
        }
      });
      response.on('end', again);
      response.on('error', () => undefined);
    });
    request.on('error', again);
    open.add(request);
  };
  connect();
  return subscribed;
}

process.on('message', async (message) => {
  if (message.type === 'start') {
    const { port, boards, batch } = message;
    const subscribed = [];
    // `batch` at a time: a node meets its boards as they come in the morning, not all in one instant.
    for (let i = 0; i < boards.length; i += batch) {
      const some = boards.slice(i, i + batch).map((token) => follow({ port, token }));
      subscribed.push(...some);
      await Promise.all(some);
    }
    await Promise.all(subscribed);
    reconnects = 0;
    refused = 0;
    process.send({ type: 'ready' });
  } else if (message.type === 'finish') {
    finished = true;
    for (const request of open) request.destroy();
    agent.destroy();
    process.send({ type: 'arrivals', arrivals: Object.fromEntries(arrivals), reconnects, refused }, () => process.exit(0));
  }
});
