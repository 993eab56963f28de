import { randomBytes } from 'node:crypto';
import { prepared, type Db } from './database.ts';

// Per database handle: a process may hold several (tests do), each with its own keys.
const caches = new WeakMap<Db, Map<string, Buffer>>();

/**
 * A named key for HMAC signatures, made once per database (32 random bytes) and kept in it, so every
 * app process on the database signs and checks alike, and a restart keeps links valid.
 * @example const key = await appSecret(db, 'booking_manage');
 */
export async function appSecret(db: Db, name: string): Promise<Buffer> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, Buffer>()));
  const known = cache.get(name);
  if (known) return known;
  await db.insertInto('app_secret').values({ name, secret: randomBytes(32), created_at: new Date() })
    .onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('app_secret').modifyFront(prepared('app_secret')).select('secret').where('name', '=', name).executeTakeFirstOrThrow();
  cache.set(name, row.secret);
  return row.secret;
}
