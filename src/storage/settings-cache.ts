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

/** Per database handle: whether a stamp read is under way, and the read asked for but not sent yet. */
const reads = new WeakMap<Db | Tx, { underWay: number; unsent: Promise<string> | null }>();

function sendStampRead(db: Db | Tx, state: { underWay: number }): Promise<string> {
  state.underWay += 1;
  const read = readStamp(db);
  const done = () => {
    state.underWay -= 1;
  };
  read.then(done, done);
  return read;
}

/**
 * The settings stamp: changes at the commit of every change of the office's settings (offices, buildings,
 * rooms, units, services, desks, hours, exceptions, priority reasons, queue and booking policies and
 * schedules), whoever made it. Outside a transaction a read is sent at once when none is under way (a quiet
 * moment waits for nothing); while one is, the callers of one turn of the event loop share a read sent at
 * the end of that turn, after all of them asked, so it is as fresh as a read of their own: a burst of
 * requests, each needing the stamp two or three times, reads it a few times, not hundreds.
 * @example const stamp = await settingsStamp(db); // '0b7c…:16384:42'
 */
export function settingsStamp(db: Db | Tx): Promise<string> {
  if (db.isTransaction) return readStamp(db);
  let state = reads.get(db);
  if (!state) reads.set(db, (state = { underWay: 0, unsent: null }));
  if (state.underWay === 0) return sendStampRead(db, state);
  if (!state.unsent) {
    const shared = state;
    state.unsent = new Promise<string>((resolve, reject) => {
      setImmediate(() => {
        shared.unsent = null;
        sendStampRead(db, shared).then(resolve, reject);
      });
    });
  }
  return state.unsent;
}

/**
 * Settings read on every request of a busy path (a service's details, the booking policy, a service's
 * slot settings), kept in memory per key while the settings stamp is unchanged. A value is kept under a
 * stamp read before (or in the same statement as) the value itself, so it is never older than its stamp:
 * the first request after a change's commit sees the new stamp and reads again. Inside a transaction the
 * cache is used only when the caller read the stamp in that transaction before it wrote anything (`clean`):
 * a transaction that changed settings sees its changes, which the stamp shows only after its commit.
 * Values are frozen: they are shared by every request.
 * @example const policy = await policies.read(db, String(officeId), () => loadPolicy(db, officeId));
 */
export class SettingsCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: Promise<T> }>();

  constructor(private readonly limit = 256) {}

  /**
   * The value for `key`: kept, being loaded by another request (one load for a burst of requests, not one
   * each), or loaded now. `known` when the caller read the stamp already, in a statement before the load.
   */
  async read(db: Db | Tx, key: string, load: () => Promise<T>, known?: { stamp: string; clean: boolean }): Promise<T> {
    if (db.isTransaction && !known?.clean) return load();
    const current = known?.stamp ?? (await settingsStamp(db));
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
