// A worker thread playing the clients of the reports benchmark (residents' browsers and Open311 apps are not
// on the server): either sends prepared requests all at once, each on its own connection from its own local
// address, or asks one path again and again on one keep-alive connection. Answers with each request's
// status, latency, Location and body. A burst's client is well-behaved: a 429 is tried again after Retry-After.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: number }} */
const { port } = workerData;

/**
 * @param {{ method: string; path: string; headers: Record<string, string>; body?: Uint8Array; localAddress?: string; agent?: http.Agent | false }} request
 * @returns {Promise<{ status: number; ms: number; location: string; retryAfter: string; text: string }>}
 */
function send(request) {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: request.path,
        headers: request.body ? { ...request.headers, 'content-length': String(request.body.length) } : request.headers,
        localAddress: request.localAddress,
        agent: request.agent ?? false,
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            location: String(res.headers.location ?? ''),
            retryAfter: String(res.headers['retry-after'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    // A dropped connection counts as an answer that never came (status 0).
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started, location: '', retryAfter: '', text: '' }));
    if (request.body) req.write(request.body);
    req.end();
  });
}

/**
 * Sends a request as a well-behaved client: a 429 is sent again after its Retry-After (at most 5 times); the
 * answer counts from the first try and says how many retries it took.
 * @param {Parameters<typeof send>[0]} request
 */
async function sendPolitely(request) {
  const started = performance.now();
  for (let retries = 0; ; retries += 1) {
    const answer = await send(request);
    if (answer.status !== 429 || retries === 5) return { ...answer, ms: performance.now() - started, retries };
    const wait = Number(answer.retryAfter) || 1;
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

parentPort.on('message', async (message) => {
  if (message.type === 'burst') {
    const answers = await Promise.all(message.requests.map((request) => sendPolitely(request)));
    parentPort.postMessage(answers);
  } else if (message.type === 'repeat') {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const answers = [];
    for (let i = 0; i < message.times; i += 1) {
      const answer = await send({ method: 'GET', path: message.path, headers: {}, agent });
      answers.push({ status: answer.status, ms: answer.ms, location: '', text: String(answer.text.length) });
    }
    agent.destroy();
    parentPort.postMessage(answers);
  }
});
