// A worker thread playing the kiosks of the tickets benchmark: each issues tickets over HTTP, one at a time,
// until the deadline. Kiosks are separate devices: their HTTP clients must not share the server's event loop.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: number; tokens: string[]; serviceId: number; seconds: number }} */
const { port, tokens, serviceId, seconds } = workerData;
const body = JSON.stringify({ serviceId });

/** @param {http.Agent} agent @param {string} token @returns {Promise<{ status: number; text: string }>} */
function issue(agent, token) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/kiosk/bilety', agent, headers: {
      authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
    } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const agents = tokens.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
// Warm-up: connections, prepared plans, the JIT.
await Promise.all(tokens.map((token, k) => issue(agents[k], token)));
parentPort.postMessage({ type: 'ready' });
await new Promise((resolve) => parentPort.once('message', resolve));
/** @type {number[]} */
const latencies = [];
/** @type {string[]} */
const numbers = [];
const start = performance.now();
const deadline = Date.now() + seconds * 1000;
await Promise.all(tokens.map(async (token, k) => {
  while (Date.now() < deadline) {
    const started = performance.now();
    const answer = await issue(agents[k], token);
    latencies.push(performance.now() - started);
    const number = answer.status === 201 ? JSON.parse(answer.text).number : undefined;
    if (!number) throw new Error(`issue failed: ${answer.status} ${answer.text.slice(0, 200)}`);
    numbers.push(number);
  }
}));
const elapsed = (performance.now() - start) / 1000;
for (const agent of agents) agent.destroy();
parentPort.postMessage({ type: 'done', latencies, numbers, elapsed });
