// HAProxy with the shipped deploy/haproxy.cfg on the loopback, in front of Okienko nodes: for the cluster
// test and the region benchmark.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A free TCP port on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** deploy/haproxy.cfg as shipped, with its listening address and its two nodes moved to the loopback. */
export function haproxyConfig(port: number, nodes: string[]): string {
  const shipped = readFileSync(path.join(root, 'deploy', 'haproxy.cfg'), 'utf8');
  let node = 0;
  const config = shipped
    .replace(/^(\s*)bind :80$/m, `$1bind 127.0.0.1:${port}`)
    .replace(/^(\s*server node\d+) \S+ check$/gm, (_line, head: string) => `${head} ${nodes[node++]} check`);
  if (node !== 2) throw new Error('deploy/haproxy.cfg should name two nodes');
  return config;
}

/**
 * Starts HAProxy (config written into `folder`) before these two nodes and waits until it answers /readyz.
 * @example const balancer = await startHaproxy(folder, ['127.0.0.1:3001', '127.0.0.1:3002']); … balancer.stop();
 */
export async function startHaproxy(folder: string, nodes: string[]): Promise<{ url: string; child: ChildProcess; stop(): void }> {
  if (spawnSync('haproxy', ['-v'], { encoding: 'utf8' }).status !== 0) throw new Error('HAProxy is needed: apt-get install haproxy');
  const port = await freePort();
  const config = path.join(folder, 'haproxy.cfg');
  writeFileSync(config, haproxyConfig(port, nodes));
  const child = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  // Read, so that its notices (servers up and down) never fill the pipe and stop it; kept for the error below.
  let said = '';
  child.stderr?.on('data', (chunk: Buffer) => (said = (said + chunk.toString()).slice(-4_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
    if (ready?.status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`HAProxy did not answer: ${said}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, stop: () => child.kill('SIGTERM') };
}
