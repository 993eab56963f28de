import { randomBytes } from 'node:crypto';
import type { Db } from './database.ts';

// Per database handle: a process may hold several (tests do), each with its own keys. The promise is
// kept, so requests that ask at once (a burst's first wave) wait for one read instead of each racing.
const caches = new WeakMap<Db, Map<string, Promise<Buffer>>>();

async function readOrMakeSecret(db: Db, name: string): Promise<Buffer> {
  await db
    .insertInto('app_secret')
    .values({ name, secret: randomBytes(32), created_at: new Date() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('app_secret').select('secret').where('name', '=', name).executeTakeFirstOrThrow();
  return row.secret;
}

/**
 * A named key for HMAC signatures, made once per database (32 random bytes) and kept in it, so every
 * app process on the database signs and checks alike, and a restart keeps links valid.
 * @example const key = await appSecret(db, 'booking_manage');
 */
export function appSecret(db: Db, name: string): Promise<Buffer> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, Promise<Buffer>>()));
  let secret = cache.get(name);
  if (!secret) {
    cache.set(name, (secret = readOrMakeSecret(db, name)));
    // A failed read is not kept: the next request tries again.
    secret.catch(() => cache.delete(name));
  }
  return secret;
}
