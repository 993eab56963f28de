import type { Db } from '../../storage/database.ts';
import { HOUR } from '../../domain/shared/time.ts';

// Kept an hour past expiry, so a process whose clock runs a little behind still finds a used ALTCHA row.
const GRACE_MS = HOUR;

/**
 * Deletes anti-bot records that can no longer be used (expired over an hour ago), used or not: a job
 * to run now and then. Returns how many went.
 * @example await purgeExpiredChallenges(db, clock.now()) // 42
 */
export async function purgeExpiredChallenges(db: Db, at: Date): Promise<number> {
  const result = await db
    .deleteFrom('anti_bot_challenge')
    .where('expires_at', '<', new Date(at.getTime() - GRACE_MS))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
