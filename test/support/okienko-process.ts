// The real `okienko start` as a child process, for the tests of what happens around the server: kills,
// restarts, a database that goes away.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
export const CLI = path.join(root, 'src', 'cli', 'main.ts');
// Bounds on a child's start and stop: generous on a loaded CI machine, but never an endless wait.
const START_LIMIT_MS = 180_000;
const STOP_LIMIT_MS = 30_000;

export interface OkienkoProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Its base address once it printed its pages; rejects if it exits first. */
  ready: Promise<string>;
}

/**
 * Starts `okienko start` on a free port with these environment variables (OKIENKO_DATA_DIR, DATABASE_URL, …);
 * without DATABASE_URL it starts its own embedded PostgreSQL. `npm` runs it as `npm start` does, from the
 * bundle of the checkout in that folder.
 * `nodeFlags` go to node itself (`--cpu-prof`, which NODE_OPTIONS refuses).
 * @example const run = startOkienko({ OKIENKO_DATA_DIR: dir }); const base = await run.ready;
 */
export function startOkienko(env: NodeJS.ProcessEnv, npm?: { checkout: string }, nodeFlags: string[] = []): OkienkoProcess {
  const merged: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env };
  if (env.DATABASE_URL === undefined) delete merged.DATABASE_URL;
  if (env.OKIENKO_DATA_DIR === undefined) delete merged.OKIENKO_DATA_DIR;
  const child = npm
    ? spawn(process.execPath, [...nodeFlags, '--max-semi-space-size=2', '--v8-pool-size=1', 'bin/okienko.js', 'start'], {
        cwd: npm.checkout,
        env: merged,
      })
    : spawn(process.execPath, [...nodeFlags, '--import', 'tsx', CLI, 'start'], { cwd: root, env: merged });
  let text = '';
  const ready = new Promise<string>((resolve, reject) => {
    // A start that neither prints its pages nor exits fails the test instead of holding the run forever.
    const timer = setTimeout(
      () => reject(new Error(`okienko printed no pages within ${START_LIMIT_MS / 1000} s: ${text}`)),
      START_LIMIT_MS,
    );
    timer.unref();
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /\(public home page\)\s+(http:\/\/\S+?)\/\s/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`okienko exited (${code ?? signal}): ${text}`));
    });
  });
  // A test that stops waiting for it (a kill before it was ready) must not fail on this promise.
  ready.catch(() => undefined);
  return { child, output: () => text, ready };
}

/** True while the process runs. */
export function alive(child: ChildProcessWithoutNullStreams): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * Stops it with SIGTERM (as systemd does) and resolves with its exit code; one still running after 30 s is
 * killed (as systemd does after its stop timeout) and answers null, so a hung stop fails its test instead of the run.
 */
export async function stopOkienko(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (!alive(child)) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_LIMIT_MS);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `probe` until it answers true or `timeoutMs` passes (a bound on the wait, not a measurement).
 * @example await eventually(async () => (await fetch(`${base}/readyz`)).status === 200, 30_000);
 */
export async function eventually(probe: () => Promise<boolean>, timeoutMs: number, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
