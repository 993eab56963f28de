// Startup benchmark: seconds from `npm start` to /readyz answering 200, on a fresh data folder (first start:
// initdb, migrations, demo data) and again on the same folder (second start); then the resident memory of the
// idle Node.js server process. Targets: second start ≤ 3 s, idle RSS ≤ 120 MB.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'okienko-bench-'));
chmodSync(dataDir, 0o755);
const port = 3900 + Math.floor(Math.random() * 90);

function start(): ChildProcess {
  return spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), OKIENKO_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

async function waitReady(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the server did not become ready in time');
}

/** The Node.js process running the server: the `node … start` descendant of npm. */
function serverPid(npmPid: number): number {
  const queue = [npmPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    let argv: string[] = [];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    // npm runs the script through `sh -c`: the server is the node process below it.
    if (pid !== npmPid && /(^|\/)node$/.test(argv[0] ?? '') && argv.join(' ').includes('okienko.js start')) return pid;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        queue.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  throw new Error('server process not found');
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  // npm exits first; give the server its moment to stop PostgreSQL cleanly.
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

async function timedStart(): Promise<{ seconds: number; child: ChildProcess }> {
  const started = process.hrtime.bigint();
  const child = start();
  await waitReady(120_000);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, child };
}

try {
  const first = await timedStart();
  console.log(`first start (initdb, migrations, demo data): ${first.seconds.toFixed(2)} s`);
  await stop(first.child);
  const second = await timedStart();
  console.log(`second start (same data folder):            ${second.seconds.toFixed(2)} s`);
  await fetch(`http://127.0.0.1:${port}/`);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const rss = rssMb(serverPid(second.child.pid!));
  console.log(`idle resident memory of the server process:  ${rss.toFixed(1)} MB`);
  await stop(second.child);
  console.log(
    `bench startup: first_start_s=${first.seconds.toFixed(2)} second_start_s=${second.seconds.toFixed(2)} idle_rss_mb=${rss.toFixed(1)} target_second_start_s=3 target_idle_rss_mb=120`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
