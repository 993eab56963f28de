import { DAY } from '../../domain/shared/time.ts';
import type { Db } from '../../storage/database.ts';

/**
 * Forgets the failed logins of pairs that have not failed for a day: the throttle's table stays small, and a
 * day-old failure says nothing about a guess now.
 * @example const purged = await purgeLoginThrottle(db, new Date());
 */
export async function purgeLoginThrottle(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('login_throttle')
    .where('last_failure_at', '<', new Date(now.getTime() - DAY))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
