import type { Db } from '../../storage/database.ts';
import { withJobLock } from '../../storage/job-lock.ts';
import type { Clock } from '../shared/deps.ts';

/** What a background job is given: the database and the clock. */
export interface JobContext {
  db: Db;
  clock: Clock;
}

/** A job the scheduler runs every `everyMs`; its answer (a short summary, or null for nothing done) is logged. */
export interface ScheduledJob {
  /** Also the name of its advisory lock: one process at a time runs it. */
  name: string;
  everyMs: number;
  run(context: JobContext): Promise<string | null>;
}

export interface JobScheduler {
  /** Stops the timers and waits for the runs under way. */
  stop(): Promise<void>;
}

export type JobLog = (level: 'info' | 'warn', message: string) => void;

/**
 * Runs each job at start and then every `everyMs`, in the background of `okienko start`. A run never
 * overlaps the same job's previous run in this process (a slow run makes the next tick skip), nor in
 * another process (the job's advisory try-lock: the second process skips instead of waiting). A failed
 * run is logged and tried again at the next tick. Jobs are idempotent, so a skipped tick loses nothing.
 * @example const jobs = startJobs({ db, clock: systemClock }, BOOKING_JOBS, log); … await jobs.stop();
 */
export function startJobs(context: JobContext, jobs: readonly ScheduledJob[], log: JobLog): JobScheduler {
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  const tick = (job: ScheduledJob) => {
    if (stopped || running.has(job.name)) return;
    const run = withJobLock(context.db, job.name, () => job.run(context))
      .then((outcome) => {
        if (outcome.ran && outcome.result !== null) log('info', `${job.name}: ${outcome.result}`);
      })
      .catch((error: unknown) => log('warn', `${job.name} failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
  };
  const timers = jobs.map((job) => {
    tick(job);
    const timer = setInterval(() => tick(job), job.everyMs);
    // The jobs never keep the process alive on their own.
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}
