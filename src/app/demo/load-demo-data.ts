import type { Clock } from '../shared/deps.ts';
import type { Db } from '../../storage/database.ts';

export interface DemoLogin {
  role: string;
  login: string;
  password: string;
}

export interface DemoResult {
  /** True when this call created the demo office (the first start on an empty database). */
  created: boolean;
  /** Demo accounts to print; empty when the office is not the demo office. */
  logins: DemoLogin[];
}

/**
 * Loads the demo city hall of Piotrków Trybunalski into an empty database, in one transaction.
 * Does nothing when an office already exists.
 */
export async function loadDemoData(db: Db, clock: Clock): Promise<DemoResult> {
  const existing = await db.selectFrom('office').select(['id', 'is_demo']).orderBy('id').limit(1).executeTakeFirst();
  if (existing) return { created: false, logins: [] };
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('office').values({
      name: 'Urząd Miasta Piotrkowa Trybunalskiego',
      short_name: 'UM Piotrków Trybunalski',
      city: 'Piotrków Trybunalski',
      is_demo: true,
      created_at: clock.now(),
    }).execute();
  });
  return { created: true, logins: [] };
}
