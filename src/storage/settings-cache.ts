import DataLoader from 'dataloader';
import { sql } from 'kysely';
import { deepFreeze, keepRecent } from '../domain/shared/kept.ts';
import type { Db, Tx } from './database.ts';

/**
 * The settings stamp as a column, to read in the same statement as live data (the desk times taken), so a
 * cached read needs no round trip of its own: `settings_version`'s instance and version (migration
 * 202611250020) and the database's oid, since a database copied from another (CREATE DATABASE … TEMPLATE,
 * as the tests do, or a restored backup) starts with the other's instance and version.
 * @example sql`SELECT ${SETTINGS_STAMP} AS stamp, …`
 */
export const SETTINGS_STAMP = sql<string>`(SELECT v.instance::text || ':' || d.oid::text || ':' || v.version::text
  FROM settings_version v, pg_database d WHERE d.datname = current_database())`;

async function readStamp(db: Db | Tx): Promise<string> {
  const result = await sql<{ stamp: string }>`SELECT ${SETTINGS_STAMP} AS stamp`.execute(db);
  return result.rows[0]!.stamp;
}

/** Per database handle, the loader whose reads of one turn of the event loop share one statement. */
const stampLoaders = new WeakMap<Db, DataLoader<'stamp', string>>();

/**
 * The settings stamp: changes at the commit of every change of the office's settings (offices, buildings,
 * rooms, units, services, desks, hours, exceptions, priority reasons, queue and booking policies and
 * schedules), whoever made it. Outside a transaction the callers of one turn of the event loop share one
 * read (`dataloader`), sent after all of them asked, so it is as fresh as a read of their own.
 * @example const stamp = await settingsStamp(db); // '0b7c…:16384:42'
 */
export function settingsStamp(db: Db | Tx): Promise<string> {
  if (db.isTransaction) return readStamp(db);
  let loader = stampLoaders.get(db);
  if (!loader) {
    const read = async (asked: readonly 'stamp'[]) => {
      const stamp = await readStamp(db);
      return asked.map(() => stamp);
    };
    stampLoaders.set(db, (loader = new DataLoader(read, { cache: false, batchScheduleFn: (send) => setImmediate(send) })));
  }
  return loader.load('stamp');
}

/**
 * Settings read on every request of a busy path (a service's details, the booking policy, a service's slot
 * settings), kept in memory per key while the settings stamp is unchanged. A value is kept under a stamp
 * read before (or in the same statement as) the value itself, so it is never older than its stamp: the
 * first request after a change's commit sees the new stamp and reads again. Inside a transaction the cache
 * is not used (the transaction may have changed settings that the stamp shows only after its commit).
 * Values are frozen: they are shared by every request.
 * @example const policy = await policies.read(db, String(officeId), () => loadPolicy(db, officeId));
 */
export class SettingsCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: Promise<T> }>();

  constructor(private readonly limit = 256) {}

  /**
   * The value for `key`: kept, being loaded by another request (one load for a burst of requests, not one
   * each), or loaded now. `stamp` when the caller read it already, in a statement before the load.
   */
  async read(db: Db | Tx, key: string, load: () => Promise<T>, stamp?: string): Promise<T> {
    if (db.isTransaction) return load();
    const current = stamp ?? (await settingsStamp(db));
    const kept = this.entries.get(key);
    if (kept && kept.stamp === current) return kept.value;
    const value = load().then(deepFreeze);
    keepRecent(this.entries, key, { stamp: current, value }, this.limit);
    // A failed load is not kept: the next request reads again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
