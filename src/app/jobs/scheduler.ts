import type { Db } from '../../storage/database.ts';
import { withJobLock, type JobLocks } from '../../storage/job-lock.ts';
import { systemActor, type Clock, type UseCaseDeps } from '../shared/deps.ts';

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

/** How the scheduler shares the jobs with the other nodes on the same database. */
export interface JobSharing {
  /** The locks that give each job to one node (`SessionJobLocks`); the scheduler closes them when it stops. */
  locks: JobLocks;
  /** How often a node tries to take the jobs no node holds (a stopped or killed node's): 5 s unless told. */
  claimEveryMs?: number;
}

/**
 * Runs each job every `everyMs`, in the background of `okienko start`. A run never overlaps the same job's
 * previous run in this process (a slow run makes the next tick skip). Across processes:
 * - with `sharing` (the nodes of a region on one database), each job belongs to the one node holding its
 *   session lock; that node runs it at once when it takes it and then at every tick, the others run it
 *   never, and every `claimEveryMs` each node tries to take the locks nobody holds — so the jobs of a
 *   stopped or killed node resume on a survivor within that time (plus the server's notice of a silent one);
 * - without, each run takes the job's transaction try-lock (the second process skips instead of waiting).
 * A failed run is logged and tried again at the next tick. Jobs are idempotent, so a skipped tick loses nothing.
 * @example const jobs = startJobs({ db, clock: systemClock }, BOOKING_JOBS, log, { locks: new SessionJobLocks(url) }); … await jobs.stop();
 */
export function startJobs(context: JobContext, jobs: readonly ScheduledJob[], log: JobLog, sharing?: JobSharing): JobScheduler {
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  const locks = sharing?.locks;
  const runOnce = async (job: ScheduledJob): Promise<void> => {
    if (locks) {
      if (!(await locks.holds(job.name)) || stopped) return;
      const result = await job.run(context);
      if (result !== null) log('info', `${job.name}: ${result}`);
      return;
    }
    const outcome = await withJobLock(context.db, job.name, () => job.run(context));
    if (outcome.ran && outcome.result !== null) log('info', `${job.name}: ${outcome.result}`);
  };
  const tick = (job: ScheduledJob) => {
    if (stopped || running.has(job.name)) return;
    const run = runOnce(job)
      .catch((error: unknown) => log('warn', `${job.name} failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
  };
  let claiming: Promise<void> = Promise.resolve();
  const claim = () => {
    if (!locks || stopped) return;
    claiming = locks
      .claim(jobs.map((job) => job.name))
      .then((taken) => {
        if (taken.length === 0 || stopped) return;
        log('info', `Background jobs now run on this node: ${taken.join(', ')}.`);
        for (const job of jobs) if (taken.includes(job.name)) tick(job);
      })
      .catch((error: unknown) =>
        log('warn', `Taking the background jobs failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  };
  const timers = jobs.map((job) => {
    if (!locks) tick(job);
    const timer = setInterval(() => tick(job), job.everyMs);
    // The jobs never keep the process alive on their own.
    timer.unref();
    return timer;
  });
  if (locks) {
    claim();
    const claimer = setInterval(claim, sharing.claimEveryMs ?? 5_000);
    claimer.unref();
    timers.push(claimer);
  }
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await claiming;
      await Promise.all(running.values());
      await locks?.close();
    },
  };
}

/**
 * Runs a job's use case for every office, as that office's system actor, and sums what it did.
 * @example const count = await forEachOffice(context, async (deps) => (await anonymiseComplaints(deps)).count);
 */
export async function forEachOffice(context: JobContext, job: (deps: UseCaseDeps) => Promise<number>): Promise<number> {
  const offices = await context.db.selectFrom('office').select('id').orderBy('id').execute();
  let count = 0;
  for (const office of offices) count += await job({ ...context, actor: systemActor(office.id) });
  return count;
}
