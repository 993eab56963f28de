import http from 'node:http';

// Sends the fuzzer's requests over node:http from many loopback addresses (127.0.0.2 and up), so the
// per-address rate limits answer 429 now and then instead of shutting the fuzzer out of a route.

export interface FuzzRequest {
  method: string;
  /** Path and query, already encoded. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  contentType: string;
  body: string;
  location: string;
}

const MOST_READ = 1024 * 1024;
const TIMEOUT_MS = 30_000;

export class Sender {
  private readonly agents: http.Agent[];
  private readonly port: number;

  constructor(baseUrl: string, addresses = 250) {
    this.port = Number(new URL(baseUrl).port);
    this.agents = Array.from({ length: addresses }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  }

  /**
   * Sends a request from the address numbered `from` and reads its answer (an event stream: its headers only).
   * Rejects when the connection fails without an answer.
   */
  send(request: FuzzRequest, from: number): Promise<Answer> {
    const slot = from % this.agents.length;
    return new Promise((resolve, reject) => {
      const outgoing = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: request.method,
          path: request.path,
          headers: request.headers,
          agent: this.agents[slot],
          localAddress: `127.0.0.${2 + slot}`,
          timeout: TIMEOUT_MS,
        },
        (response) => {
          const contentType = response.headers['content-type'] ?? '';
          const answer = { status: response.statusCode ?? 0, contentType, location: response.headers.location ?? '' };
          if (contentType.startsWith('text/event-stream')) {
            response.destroy();
            resolve({ ...answer, body: '' });
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            if (size < MOST_READ) chunks.push(chunk);
            size += chunk.length;
          });
          response.on('end', () => resolve({ ...answer, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  }

  close(): void {
    for (const agent of this.agents) agent.destroy();
  }
}
