import pg from 'pg';
import { sendDueMail, type MailDeps } from '../app/mail/send-due-mail.ts';
import { MAIL_CHANNEL } from '../storage/mail-outbox.ts';

export interface MailWorkerOptions {
  /** How often to look for due mail (reminders fall due with time; failed sends come back). */
  intervalMs?: number;
  /** With a connection string the worker also LISTENs, and wakes as soon as a booking's mail commits. */
  connectionString?: string;
  log?: (level: 'info' | 'warn', message: string) => void;
}

const BATCH = 20;

/**
 * Runs the mail worker in the background of `okienko start`: a pass every few seconds and right after a
 * booking commits mail (NOTIFY on the outbox channel). Every process on the database may run one: passes
 * claim their mails with FOR UPDATE SKIP LOCKED.
 * @example const worker = new MailWorker(deps, { connectionString }); await worker.start(); … await worker.stop();
 */
export class MailWorker {
  private readonly deps: MailDeps;
  private readonly intervalMs: number;
  private readonly connectionString: string | undefined;
  private readonly log: (level: 'info' | 'warn', message: string) => void;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failing = false;
  private listener: pg.Client | null = null;

  constructor(deps: MailDeps, options: MailWorkerOptions = {}) {
    this.deps = deps;
    this.intervalMs = options.intervalMs ?? 5_000;
    this.connectionString = options.connectionString;
    this.log = options.log ?? (() => undefined);
  }

  async start(): Promise<void> {
    await this.listen();
    this.schedule(0);
  }

  /** Looks for due mail now (or right after the pass under way). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.schedule(0);
  }

  /** Stops polling and waits for the pass under way, so no send is cut off by the database closing. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    this.running = this.pass();
    await this.running;
    this.running = null;
    if (this.stopped) return;
    if (!this.listener) await this.listen();
    this.schedule(this.again ? 0 : this.intervalMs);
    this.again = false;
  }

  private async pass(): Promise<void> {
    try {
      for (;;) {
        const result = await sendDueMail(this.deps, { limit: BATCH });
        if (this.failing) this.log('info', 'Mail worker: the database answers again.');
        this.failing = false;
        // A full batch means more may be due: take the next one at once.
        if (this.stopped || result.sent + result.skipped + result.retrying + result.failed < BATCH) return;
      }
    } catch (error) {
      // Said once per outage, not every few seconds.
      if (!this.failing)
        this.log('warn', `Mail worker: ${(error as Error).message}; trying again in ${Math.round(this.intervalMs / 1000)} s.`);
      this.failing = true;
    }
  }

  private async listen(): Promise<void> {
    if (!this.connectionString || this.stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'okienko-mail' });
    const drop = () => {
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => undefined);
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', (message) => {
      if (message.channel === MAIL_CHANNEL) this.wake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${MAIL_CHANNEL}`);
      if (this.stopped) {
        await client.end();
        return;
      }
      this.listener = client;
    } catch {
      // Polling still finds every mail; the next pass tries to listen again.
      drop();
    }
  }
}
