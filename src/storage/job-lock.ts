import { sql } from 'kysely';
import type { Db } from './database.ts';

// Two-key advisory locks (class, hash of the job's name), apart from the booking's person and service-day locks.
const JOB_LOCK = 74_120_070;

/**
 * Runs a background job only if no other process runs the same job now: a transaction-level try-lock
 * (never a wait) held while `run` works on its own transactions, released when it ends — or when the
 * process dies, as PostgreSQL drops the connection's locks with it. Answers whether it ran.
 * @example const outcome = await withJobLock(db, 'booking.no_shows', () => markNoShows(deps)); // { ran: true, result: … } or { ran: false }
 */
export async function withJobLock<T>(db: Db, job: string, run: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  return db.transaction().execute(async (tx) => {
    const result = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${JOB_LOCK}, hashtext(${job})) AS locked`.execute(tx);
    if (result.rows[0]?.locked !== true) return { ran: false as const };
    return { ran: true as const, result: await run() };
  });
}
