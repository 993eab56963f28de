import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type ServerLog = (level: 'debug' | 'info' | 'warn', message: string) => void;

/** The account the server's programs run as: `postgres` when Okienko runs as root, else Okienko's own. */
export interface RunAs {
  uid: number;
  gid: number;
}

/** A start of the embedded server that failed; the message says what to do. */
export class ServerStartError extends Error {}

// PostgreSQL's messages in English, whatever the machine's language: the start is recognised by one of them.
const ENVIRONMENT = { ...process.env, LC_MESSAGES: 'C' };
const READY = 'database system is ready to accept connections';
// Restarts after an unexpected stop: the first at once, then waits doubling up to this, so a server that can
// start again is serving within a few seconds.
const LONGEST_WAIT_MS = 2_000;
// A server that ran this long before it stopped is started again at once; one that keeps stopping sooner waits longer.
const STABLE_MS = 30_000;

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' ').trim();
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Runs initdb for a new cluster: UTF-8, C locale, data checksums, the `postgres` superuser with the
 * password in `passwordFile` (scram-sha-256).
 */
export async function initialiseCluster(options: { binDir: string; pgDir: string; passwordFile: string; runAs?: RunAs }): Promise<void> {
  const args = [
    `--pgdata=${options.pgDir}`,
    '--auth=scram-sha-256',
    '--username=postgres',
    `--pwfile=${options.passwordFile}`,
    '--encoding=UTF8',
    '--locale=C',
    '--data-checksums',
  ];
  const { code, output, failure } = await new Promise<{ code: number | null; output: string; failure?: Error }>((resolve) => {
    // The working folder must be one the server's account can enter (a checkout under /root is not).
    const child = spawn(path.join(options.binDir, 'initdb'), args, { ...options.runAs, cwd: '/', env: ENVIRONMENT });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (failure) => resolve({ code: null, output, failure }));
    child.on('close', (code) => resolve({ code, output }));
  });
  if (failure) throw new ServerStartError(`Could not run PostgreSQL's initdb (${failure.message}): run "npm install" again.`);
  if (code !== 0)
    throw new ServerStartError(
      `PostgreSQL's initdb could not create the database in ${options.pgDir} (${lastLines(output)}): fix what it says, then start again.`,
    );
}

export interface ServerOptions {
  binDir: string;
  pgDir: string;
  /** Settings given as `-c name=value`. */
  settings: Record<string, string>;
  runAs?: RunAs;
  log: ServerLog;
}

/**
 * The embedded PostgreSQL server process, supervised: when it dies (killed, crashed), it is started again
 * (logged), the first time at once, then with waits doubling up to 2 s.
 * @example const server = new PostgresServer(options); await server.start(); … await server.stop();
 */
export class PostgresServer {
  private readonly options: ServerOptions;
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarting: Promise<void> | null = null;
  /** Starts tried since the server last ran for a while. */
  private attempts = 0;
  private wakeRestart: (() => void) | null = null;

  constructor(options: ServerOptions) {
    this.options = options;
  }

  /** Starts the server (stopping one that a killed Okienko left running) and resolves once it accepts connections. */
  async start(): Promise<void> {
    await this.stopLeftover();
    try {
      await this.launch();
    } catch (error) {
      throw new ServerStartError(
        `The embedded PostgreSQL server did not start (data in ${this.options.pgDir}): ${(error as Error).message}`,
      );
    }
  }

  /** Stops the server cleanly (fast shutdown: open transactions are rolled back) and ends the supervision. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeRestart?.();
    await this.restarting;
    const child = this.child;
    if (!child) return;
    const done = exited(child);
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGQUIT'), 30_000);
    await done;
    clearTimeout(timer);
  }

  private launch(): Promise<void> {
    const { binDir, pgDir, settings, runAs, log } = this.options;
    const args = ['-D', pgDir, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
    return new Promise((resolve, reject) => {
      if (this.stopping) {
        reject(new Error('stopping'));
        return;
      }
      const child = spawn(path.join(binDir, 'postgres'), args, {
        ...runAs,
        cwd: '/',
        env: ENVIRONMENT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      this.child = child;
      const startedAt = Date.now();
      let ready = false;
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        log('debug', text.trim());
        if (ready) return;
        output = (output + text).slice(-4_000);
        if (output.includes(READY)) {
          ready = true;
          resolve();
        }
      });
      child.on('error', (error) => {
        if (!ready) reject(error);
      });
      child.on('exit', (code, signal) => {
        if (this.child === child) this.child = null;
        if (!ready) {
          reject(new Error(lastLines(output) || `exit code ${code ?? signal}`));
          return;
        }
        if (this.stopping) return;
        // A clean stop (exit code 0) was asked for from outside: Ctrl+C in the terminal reaches the server too,
        // or an administrator ran pg_ctl stop. A kill or a crash is not.
        if (code === 0) {
          log('warn', 'PostgreSQL was stopped; Okienko answers 503 until it is started again.');
          return;
        }
        if (Date.now() - startedAt >= STABLE_MS) this.attempts = 0;
        log('warn', `PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); starting it again.`);
        this.restarting = this.restart().finally(() => (this.restarting = null));
      });
    });
  }

  private async restart(): Promise<void> {
    while (!this.stopping) {
      const wait = this.attempts === 0 ? 0 : Math.min(100 * 2 ** (this.attempts - 1), LONGEST_WAIT_MS);
      this.attempts += 1;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wakeRestart = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeRestart = null;
      if (this.stopping) return;
      try {
        await this.launch();
        this.options.log('info', 'PostgreSQL is running again.');
        return;
      } catch (error) {
        // Said at attempts 1, 2, 4, 8, …: a server that cannot start for long does not fill the log.
        const attempt = this.attempts;
        if (!this.stopping && (attempt & (attempt - 1)) === 0)
          this.options.log('warn', `PostgreSQL did not start again (attempt ${attempt}): ${(error as Error).message}`);
      }
    }
  }

  /** A server left running by a process that was killed: stop it cleanly (fast shutdown) before starting ours. */
  private async stopLeftover(): Promise<void> {
    const pidFile = path.join(this.options.pgDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
    this.options.log('warn', `A PostgreSQL server left over from an earlier run (PID ${pid}) is still running; stopping it cleanly.`);
    process.kill(pid, 'SIGINT');
    if (await waitForExit(pid, 30_000)) return;
    this.options.log('warn', `PostgreSQL (PID ${pid}) did not stop within 30 s; sending an immediate shutdown.`);
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForExit(pid, 10_000)))
      throw new ServerStartError(
        `Could not stop the PostgreSQL server left over from an earlier run (PID ${pid}); stop it and start again.`,
      );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}
